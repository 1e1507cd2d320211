package com.skillgap.store;

import java.util.List;

import com.skillgap.analysis.Team;

/**
 * One team's analysed quarter as kept in history: the people and their levels, the managers, and the matrix used.
 */
public record TeamQuarter(String quarter, Team team, List<String> managers, String matrixId, String matrixVersion,
		long runId) {

	public TeamQuarter {
		managers = List.copyOf(managers);
	}

}
