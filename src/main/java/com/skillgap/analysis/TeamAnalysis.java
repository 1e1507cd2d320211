package com.skillgap.analysis;

import java.util.List;
import java.util.Map;

import com.skillgap.matrix.Role;

/**
 * Everything the analysis says about one team.
 *
 * @param members one analysis per member, in the team's order
 * @param coverage one entry per responsibility of the matrix, in matrix order
 * @param averageFit mean of the members' unrounded fits, by role id, in matrix order
 */
public record TeamAnalysis(Team team, List<MemberAnalysis> members, List<CoverageEntry> coverage,
		Map<String, Fraction> averageFit) {

	public TeamAnalysis {
		members = List.copyOf(members);
		coverage = List.copyOf(coverage);
	}

	public Fraction averageFit(Role role) {
		return this.averageFit.get(role.id());
	}

	public long count(CoverageStatus status) {
		return this.coverage.stream().filter(entry -> entry.status() == status).count();
	}

	public long hybrids() {
		return this.members.stream().filter(MemberAnalysis::hybrid).count();
	}

}
