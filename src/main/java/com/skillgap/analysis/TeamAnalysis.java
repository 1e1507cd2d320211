package com.skillgap.analysis;

import java.util.List;
import java.util.Map;

import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * Everything the analysis says about one team.
 *
 * @param members one analysis per member, in the team's order
 * @param coverage one entry per responsibility of the matrix, in matrix order
 * @param averageFit mean of the members' unrounded fits, by role id, in matrix order
 * @param learningPlans each member's learning plan (one step per top gap, with a mentor where one qualifies), in the
 * members' order
 * @param nextHire the profile of the next hire, {@code null} when no responsibility is uncovered or a single point of
 * failure
 * @param rules the thresholds the team was measured with (hybrid, coverage level and target)
 */
public record TeamAnalysis(Team team, List<MemberAnalysis> members, List<CoverageEntry> coverage,
		Map<String, Fraction> averageFit, List<List<LearningStep>> learningPlans, NextHire nextHire,
		ScoringRules rules) {

	public TeamAnalysis {
		members = List.copyOf(members);
		coverage = List.copyOf(coverage);
		learningPlans = List.copyOf(learningPlans);
		if (learningPlans.size() != members.size()) {
			throw new IllegalArgumentException("one learning plan per member");
		}
	}

	/** A member's learning plan. */
	public List<LearningStep> learningPlan(MemberAnalysis member) {
		for (int i = 0; i < this.members.size(); i++) {
			if (this.members.get(i) == member) {
				return this.learningPlans.get(i);
			}
		}
		throw new IllegalArgumentException("not a member of " + this.team.id() + ": " + member.person().name());
	}

	public Fraction averageFit(Role role) {
		return this.averageFit.get(role.id());
	}

	/** How the team covers one responsibility of the matrix. */
	public CoverageEntry coverage(Responsibility responsibility) {
		return this.coverage.stream()
			.filter(entry -> entry.responsibility().id().equals(responsibility.id()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not in the matrix: " + responsibility.id()));
	}

	/** The members who practise a responsibility: assessed at the coverage level or above, in the team's order. */
	public List<MemberAnalysis> practitioners(Responsibility responsibility) {
		return this.members.stream()
			.filter(member -> member.person().level(responsibility.id()).orElse(-1) >= this.rules.coverageLevel())
			.toList();
	}

	public long count(CoverageStatus status) {
		return this.coverage.stream().filter(entry -> entry.status() == status).count();
	}

	public long hybrids() {
		return this.members.stream().filter(MemberAnalysis::hybrid).count();
	}

}
