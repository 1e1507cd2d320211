package com.skillgap.store;

import java.util.List;

import com.skillgap.analysis.Team;

/**
 * A team as imported by one run: its people in file and row order, its managers (from the rows, first seen first)
 * and the files its people came from.
 */
public record StagedTeam(Team team, List<String> managers, List<Integer> fileIndexes) {

	public StagedTeam {
		managers = List.copyOf(managers);
		fileIndexes = List.copyOf(fileIndexes);
	}

}
