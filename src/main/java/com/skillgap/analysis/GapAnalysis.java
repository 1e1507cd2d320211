package com.skillgap.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * The scoring rules of {@code scoring.md} ("Per person" and "Per team"), as pure functions over records. Every number
 * is kept exact; rounding is left to whoever shows it.
 */
public final class GapAnalysis {

	private static final Comparator<Gap> BY_PRIORITY = Comparator.comparingInt(Gap::priority)
		.reversed()
		.thenComparing(Comparator.comparingInt(Gap::gap).reversed())
		.thenComparing(gap -> gap.responsibility().id());

	private final Matrix matrix;

	private final ScoringRules rules;

	private final Fraction hybridThreshold;

	public GapAnalysis(Matrix matrix, ScoringRules rules) {
		this.matrix = matrix;
		this.rules = rules;
		this.hybridThreshold = Fraction.of(rules.hybridThreshold());
	}

	public TeamAnalysis analyse(Team team) {
		List<MemberAnalysis> members = team.members().stream().map(this::analyse).toList();
		List<CoverageEntry> coverage = this.matrix.responsibilities()
			.stream()
			.map(responsibility -> coverage(responsibility, team.members()))
			.toList();
		Map<String, Fraction> averageFit = new LinkedHashMap<>();
		if (!members.isEmpty()) {
			for (Role role : this.matrix.roles()) {
				averageFit.put(role.id(), Fraction.mean(members.stream().map(m -> m.fit(role).fit()).toList()));
			}
		}
		TeamGuidance guidance = new TeamGuidance(this.matrix, this.rules);
		return new TeamAnalysis(team, members, coverage, Collections.unmodifiableMap(averageFit),
				guidance.learningPlans(members), guidance.nextHire(coverage), this.rules);
	}

	public MemberAnalysis analyse(Person person) {
		List<RoleFit> fits = this.matrix.roles().stream().map(role -> {
			Fraction fit = fit(person, role);
			return new RoleFit(role, fit, Readiness.of(fit));
		}).toList();
		Role bestFit = bestFit(person, fits);
		boolean hybrid = fits.stream().allMatch(fit -> fit.fit().isAtLeast(this.hybridThreshold));
		Role target = targetRole(person, bestFit);
		return new MemberAnalysis(person, fits, bestFit, hybrid, target, gaps(person, target),
				completeness(person));
	}

	/** {@code fit(p, R) = 100 × Σ w·min(a, req) / Σ w·req} over the responsibilities R requires. */
	Fraction fit(Person person, Role role) {
		long achieved = 0;
		long possible = 0;
		for (Responsibility responsibility : this.matrix.requiredBy(role)) {
			int required = responsibility.requiredBy(role.id());
			int actual = person.levelOrZero(responsibility.id());
			achieved += (long) responsibility.weight() * Math.min(actual, required);
			possible += (long) responsibility.weight() * required;
		}
		return Fraction.percent(achieved, possible);
	}

	private Role bestFit(Person person, List<RoleFit> fits) {
		Fraction highest = fits.stream().map(RoleFit::fit).max(Comparator.naturalOrder()).orElseThrow();
		List<Role> tied = fits.stream().filter(fit -> fit.fit().compareTo(highest) == 0).map(RoleFit::role).toList();
		Optional<Role> current = matrixRole(person.currentRole());
		return current.filter(tied::contains).orElse(tied.get(0));
	}

	private Role targetRole(Person person, Role bestFit) {
		return matrixRole(person.targetRole()).or(() -> matrixRole(person.currentRole())).orElse(bestFit);
	}

	private Optional<Role> matrixRole(String text) {
		return text == null || text.isBlank() ? Optional.empty() : this.matrix.findRole(text);
	}

	private List<Gap> gaps(Person person, Role target) {
		List<Gap> gaps = new ArrayList<>();
		for (Responsibility responsibility : this.matrix.requiredBy(target)) {
			int required = responsibility.requiredBy(target.id());
			int gap = Math.max(0, required - person.levelOrZero(responsibility.id()));
			if (gap > 0) {
				Integer actual = person.levels().get(responsibility.id());
				gaps.add(new Gap(responsibility, required, actual, gap, responsibility.weight() * gap));
			}
		}
		gaps.sort(BY_PRIORITY);
		return gaps;
	}

	private Fraction completeness(Person person) {
		List<Responsibility> requiredByAnyRole = this.matrix.responsibilities()
			.stream()
			.filter(r -> this.matrix.roles().stream().anyMatch(role -> r.isRequiredBy(role.id())))
			.toList();
		long assessed = requiredByAnyRole.stream().filter(r -> person.hasAssessed(r.id())).count();
		return Fraction.percent(assessed, requiredByAnyRole.size());
	}

	private CoverageEntry coverage(Responsibility responsibility, List<Person> members) {
		int practitioners = 0;
		int assessed = 0;
		long levelSum = 0;
		for (Person member : members) {
			Integer level = member.levels().get(responsibility.id());
			if (level != null) {
				assessed++;
				levelSum += level;
				if (level >= this.rules.coverageLevel()) {
					practitioners++;
				}
			}
		}
		Fraction teamLevel = assessed == 0 ? null : Fraction.of(levelSum, assessed);
		return new CoverageEntry(responsibility, practitioners,
				CoverageStatus.of(practitioners, this.rules.coverageTarget()), teamLevel, assessed);
	}

}
