package com.skillgap.store;

import java.util.List;
import java.util.Set;

import com.skillgap.analysis.Team;

/**
 * One team's analysed quarter as kept in history: the people and their levels, the managers, and the matrix used.
 *
 * @param responsibilityIds the ids of the matrix's responsibilities; empty for quarters stored before they were kept
 */
public record TeamQuarter(String quarter, Team team, List<String> managers, String matrixId, String matrixVersion,
		long runId, Set<String> responsibilityIds) {

	public TeamQuarter {
		managers = List.copyOf(managers);
		responsibilityIds = Set.copyOf(responsibilityIds);
	}

}
