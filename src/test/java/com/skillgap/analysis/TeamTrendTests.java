package com.skillgap.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * "Quarter over quarter" of scoring.md, against one example worked out by hand.
 *
 * <pre>
 * responsibility            w   cloud  devops        Σ w·req: cloud 20, devops 15
 * networking                3     3      –
 * kubernetes                3     2      3
 * infrastructure-as-code    2     2      2
 * test-automation           1     –      2
 * cost-management           1     1      –
 *
 * 2026-Q3                                   cloud            devops
 * Ana Lima  ana@x  net 2 k8s 1 iac 2 cost 1 14/20 = 70       7/15 = 46.67
 * Tom Berg  –      k8s 3 iac 2 test 2       10/20 = 50      15/15 = 100
 * Kenji Sato kenji@x  net 3 k8s 3           15/20 = 75       9/15 = 60
 *                                  average  195/3 = 65     (31/15·100)/3 = 68.89
 * 2026-Q4
 * Ana Lima  ANA@x  net 3 k8s 2 iac 2 cost 0 19/20 = 95      10/15 = 66.67
 * kenji  sato –    net 4 k8s 2              15/20 = 75       6/15 = 40
 * Zofia W.  zofia@x  k8s 4 iac 3 test 3     10/20 = 50      15/15 = 100
 *                                  average  220/3 = 73.33  (31/15·100)/3 = 68.89
 * </pre>
 */
class TeamTrendTests {

	private static final Matrix MATRIX = FiveResponsibilities.MATRIX;

	private final GapAnalysis analysis = new GapAnalysis(MATRIX, ScoringRules.DEFAULT);

	private final TeamAnalysis previous = this.analysis.analyse(new Team("platform", "Platform", List.of(
			new Person("Ana Lima", "ana@x.com", "Cloud Engineer", null,
					Map.of("networking", 2, "kubernetes", 1, "infrastructure-as-code", 2, "cost-management", 1)),
			new Person("Tom Berg", null, "DevOps Engineer", null,
					Map.of("kubernetes", 3, "infrastructure-as-code", 2, "test-automation", 2)),
			new Person("Kenji Sato", "kenji@x.com", null, null, Map.of("networking", 3, "kubernetes", 3)))));

	private final TeamAnalysis current = this.analysis.analyse(new Team("platform", "Platform", List.of(
			new Person("Ana Lima", "ANA@x.com", "Cloud Engineer", null,
					Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2, "cost-management", 0)),
			new Person("kenji  sato", null, null, null, Map.of("networking", 4, "kubernetes", 2)),
			new Person("Zofia Wiśniewska", "zofia@x.com", null, null,
					Map.of("kubernetes", 4, "infrastructure-as-code", 3, "test-automation", 3)))));

	private final TeamTrend trend = TeamTrend.between("2026-Q3", this.previous, this.current, MATRIX);

	@Test
	void theTeamsAverageFitChangeIsTheDifferenceOfTheUnroundedAverages() {
		// cloud: 220/3 − 65 = 25/3 = 8.33… → 8.3; devops: both (31/15·100)/3 → 0.0
		assertThat(this.trend.averageFitChange().get("cloud-engineer")).isEqualTo(Fraction.of(25, 3));
		assertThat(this.trend.averageFitChange().get("cloud-engineer").rounded().toPlainString()).isEqualTo("8.3");
		assertThat(this.trend.averageFitChange().get("devops-engineer")).isEqualTo(Fraction.ZERO);
	}

	@Test
	void matchesPeopleByEmailIgnoringCaseElseByNameAndListsWhoJoinedAndLeft() {
		assertThat(this.trend.joined()).containsExactly("Zofia Wiśniewska");
		assertThat(this.trend.left()).containsExactly("Tom Berg");
		assertThat(this.trend.members()).extracting(member -> member == null).containsExactly(false, false, true);
		assertThat(this.trend.previousQuarter()).isEqualTo("2026-Q3");
	}

	@Test
	void aMembersFitChangeIsPerRoleAndUnrounded() {
		// Ana: cloud 95 − 70 = 25; devops 10/15 − 7/15 = 3/15 → 20. Kenji: cloud 75 − 75 = 0; devops 40 − 60 = −20
		assertThat(this.trend.members().get(0).fitChange())
			.isEqualTo(Map.of("cloud-engineer", Fraction.of(25, 1), "devops-engineer", Fraction.of(20, 1)));
		assertThat(this.trend.members().get(1).fitChange())
			.isEqualTo(Map.of("cloud-engineer", Fraction.ZERO, "devops-engineer", Fraction.of(-20, 1)));
	}

	@Test
	void gapsClosedAndNewAreAgainstTheCurrentTargetRoleSortedById() {
		// Ana's target is Cloud Engineer (her current role). Then: networking 2 < 3 and kubernetes 1 < 2 were gaps;
		// now both are met, and cost-management 0 < 1 is a new gap.
		MemberTrend ana = this.trend.members().get(0);
		assertThat(ana.gapsClosed()).extracting(Responsibility::id).containsExactly("kubernetes", "networking");
		assertThat(ana.newGaps()).extracting(Responsibility::id).containsExactly("cost-management");
		// Kenji's target is his best fit, Cloud Engineer: iac and cost were gaps and still are
		MemberTrend kenji = this.trend.members().get(1);
		assertThat(kenji.gapsClosed()).isEmpty();
		assertThat(kenji.newGaps()).isEmpty();
	}

	@Test
	void listsEveryResponsibilityWhoseCoverageStatusChangedSortedById() {
		// practitioners (level ≥ 3), then → now: iac 0 → 1, kubernetes 2 → 1, networking 1 → 2, test 0 → 1;
		// cost-management 0 → 0 unchanged
		assertThat(this.trend.coverageChanges())
			.extracting(change -> change.responsibility().id(), CoverageChange::from, CoverageChange::to)
			.containsExactly(
					tuple("infrastructure-as-code", CoverageStatus.UNCOVERED, CoverageStatus.SINGLE_POINT_OF_FAILURE),
					tuple("kubernetes", CoverageStatus.COVERED, CoverageStatus.SINGLE_POINT_OF_FAILURE),
					tuple("networking", CoverageStatus.SINGLE_POINT_OF_FAILURE, CoverageStatus.COVERED),
					tuple("test-automation", CoverageStatus.UNCOVERED, CoverageStatus.SINGLE_POINT_OF_FAILURE));
	}

	@Test
	void aPreviousMemberMatchesOneCurrentMemberAtMost() {
		TeamAnalysis twice = this.analysis.analyse(new Team("platform", "Platform",
				List.of(new Person("Tom Berg", null, null, null, Map.of()),
						new Person("Tom Berg", "tom@x.com", null, null, Map.of()))));
		TeamTrend trend = TeamTrend.between("2026-Q3", this.previous, twice, MATRIX);
		assertThat(trend.members()).extracting(member -> member == null).containsExactly(false, true);
		assertThat(trend.joined()).containsExactly("Tom Berg");
		assertThat(trend.left()).containsExactly("Ana Lima", "Kenji Sato");
	}

	@Test
	void aChangeIsTheUnroundedDifferenceRoundedOnceNotTheDifferenceOfRoundedFits() {
		// devops (Σ w·req 15): then k8s 1, iac 1 → 3 + 2 = 5/15 = 33.33…; now also test 1 → 6/15 = 40.0;
		// the change is exactly 20/3 (6.7), not 40.0 − 33.3. cloud (Σ 20): then 3 + 2 = 5/20 = 25; now also cost 1
		// → 6/20 = 30: +5.
		TeamAnalysis then = this.analysis.analyse(new Team("t", "T", List.of(new Person("Ana", null, null, null,
				Map.of("kubernetes", 1, "infrastructure-as-code", 1)))));
		TeamAnalysis now = this.analysis.analyse(new Team("t", "T", List.of(new Person("Ana", null, null, null,
				Map.of("kubernetes", 1, "infrastructure-as-code", 1, "test-automation", 1, "cost-management", 1)))));
		TeamTrend trend = TeamTrend.between("2026-Q3", then, now, MATRIX);
		assertThat(trend.members().get(0).fitChange().get("devops-engineer")).isEqualTo(Fraction.of(20, 3));
		assertThat(trend.members().get(0).fitChange().get("cloud-engineer")).isEqualTo(Fraction.of(5, 1));
	}

	@Test
	void roundingOnceDiffersFromSubtractingRoundedFits() {
		// Fractions whose rounded difference is not the difference of the rounded values: 33.35 and 33.44 round to
		// 33.4 each (difference 0.0), but 33.44 − 33.35 = 0.09 rounds to 0.1.
		Fraction then = Fraction.of(3335, 100);
		Fraction now = Fraction.of(3344, 100);
		assertThat(now.rounded().subtract(then.rounded()).toPlainString()).isEqualTo("0.0");
		assertThat(now.minus(then).rounded().toPlainString()).isEqualTo("0.1");
	}

}
