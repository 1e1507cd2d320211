package com.skillgap.store;

import java.util.List;

/**
 * A team and the quarters it was analysed for, latest first.
 *
 * @param teamName the name the latest quarter was analysed under
 */
public record AnalysedTeamQuarters(String teamId, String teamName, List<String> quarters) {

	public AnalysedTeamQuarters {
		quarters = List.copyOf(quarters);
	}

	public String latestQuarter() {
		return this.quarters.get(0);
	}

}
