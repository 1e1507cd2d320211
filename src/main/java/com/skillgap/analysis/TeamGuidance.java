package com.skillgap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * What a team can do next, by the rules of {@code scoring.md} ("Per team"): a mentor for each member's top gaps, a
 * learning plan per member, and the profile of the next hire.
 */
final class TeamGuidance {

	private static final Comparator<Responsibility> BY_WEIGHT_THEN_ID = Comparator
		.comparingInt(Responsibility::weight)
		.reversed()
		.thenComparing(Responsibility::id);

	private final Matrix matrix;

	private final ScoringRules rules;

	TeamGuidance(Matrix matrix, ScoringRules rules) {
		this.matrix = matrix;
		this.rules = rules;
	}

	/**
	 * Learning plans in the members' order. Mentors are chosen member by member in order of display name (plain
	 * character order), each member's top gaps in their order: a teammate with a practitioner level in the
	 * responsibility, the highest level first, then the one suggested least often so far, then the first name.
	 */
	List<List<LearningStep>> learningPlans(List<MemberAnalysis> members) {
		Map<MemberAnalysis, List<LearningStep>> plans = new IdentityHashMap<>();
		Map<Person, Integer> suggestions = new IdentityHashMap<>();
		List<MemberAnalysis> byName = new ArrayList<>(members);
		byName.sort(Comparator.comparing(member -> member.person().name()));
		for (MemberAnalysis member : byName) {
			List<LearningStep> steps = new ArrayList<>();
			for (Gap gap : member.topGaps()) {
				Person mentor = mentor(member.person(), gap.responsibility(), members, suggestions).orElse(null);
				if (mentor != null) {
					suggestions.merge(mentor, 1, Integer::sum);
				}
				steps.add(new LearningStep(gap, gap.responsibility().learning(), mentor));
			}
			plans.put(member, List.copyOf(steps));
		}
		return members.stream().map(plans::get).toList();
	}

	private Optional<Person> mentor(Person learner, Responsibility responsibility, List<MemberAnalysis> members,
			Map<Person, Integer> suggestions) {
		Comparator<Person> choice = Comparator
			.comparingInt((Person person) -> person.levelOrZero(responsibility.id()))
			.reversed()
			.thenComparingInt(person -> suggestions.getOrDefault(person, 0))
			.thenComparing(Person::name);
		return members.stream()
			.map(MemberAnalysis::person)
			.filter(person -> person != learner)
			.filter(person -> person.level(responsibility.id()).orElse(-1) >= this.rules.coverageLevel())
			.min(choice);
	}

	/** The next-hire profile, or {@code null} when no responsibility is uncovered or a single point of failure. */
	NextHire nextHire(List<CoverageEntry> coverage) {
		List<Responsibility> needed = coverage.stream()
			.filter(entry -> entry.status() == CoverageStatus.UNCOVERED
					|| entry.status() == CoverageStatus.SINGLE_POINT_OF_FAILURE)
			.map(CoverageEntry::responsibility)
			.sorted(BY_WEIGHT_THEN_ID)
			.toList();
		if (needed.isEmpty()) {
			return null;
		}
		Role best = null;
		int bestWeight = -1;
		for (Role role : this.matrix.roles()) {
			int weight = needed.stream().filter(r -> r.isRequiredBy(role.id())).mapToInt(Responsibility::weight).sum();
			if (weight > bestWeight) {
				best = role;
				bestWeight = weight;
			}
		}
		return new NextHire(best, needed);
	}

}
