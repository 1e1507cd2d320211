package com.skillgap.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.skillgap.matrix.Matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The org roll-up against a hand-worked example (matrix {@link FiveResponsibilities}: Σ w·req cloud 20, devops 15).
 *
 * <pre>
 * team A  Ana   net 2 k8s 1 iac 2 cost 1   cloud 14/20 = 70   devops  7/15 = 46.67
 *         Tom   k8s 3 iac 2 test 2         cloud 10/20 = 50   devops 15/15 = 100
 *         Kenji net 3 k8s 3                cloud 15/20 = 75   devops  9/15 = 60
 * team B  Zed   net 3                      cloud  9/20 = 45   devops  0/15 = 0
 * org mean over the 4 people: cloud 240/4 = 60 (not the mean of the team means, 55);
 *                             devops (31/15·100)/4 = 51.67
 * </pre>
 */
class OrgRollupTests {

	private static final Matrix MATRIX = FiveResponsibilities.MATRIX;

	private final GapAnalysis analysis = new GapAnalysis(MATRIX, ScoringRules.DEFAULT);

	private final OrgRollup rollup = new OrgRollup(MATRIX);

	OrgRollupTests() {
		this.rollup.add(this.analysis.analyse(new Team("a", "Team A", List.of(
				new Person("Ana", null, null, null,
						Map.of("networking", 2, "kubernetes", 1, "infrastructure-as-code", 2, "cost-management", 1)),
				new Person("Tom", null, null, null,
						Map.of("kubernetes", 3, "infrastructure-as-code", 2, "test-automation", 2)),
				new Person("Kenji", null, null, null, Map.of("networking", 3, "kubernetes", 3))))));
		this.rollup.add(this.analysis.analyse(
				new Team("b", "Team B", List.of(new Person("Zed", null, null, null, Map.of("networking", 3))))));
	}

	@Test
	void theOrgsAverageFitIsTheMeanOverAllPeopleNotOverTeams() {
		assertThat(this.rollup.people()).isEqualTo(4);
		assertThat(this.rollup.averageFit().get("cloud-engineer")).isEqualTo(Fraction.of(60, 1));
		assertThat(this.rollup.averageFit().get("devops-engineer")).isEqualTo(Fraction.of(155, 3));
		assertThat(this.rollup.averageFit().get("devops-engineer").rounded().toPlainString()).isEqualTo("51.7");
		assertThat(this.rollup.hybrids()).isZero();
	}

	@Test
	void eachTeamIsOneLineWithItsCounts() {
		// A: uncovered iac, test, cost; single point of failure networking (Kenji). B: uncovered k8s, iac, test, cost;
		// single point of failure networking (Zed)
		assertThat(this.rollup.teams()).extracting(OrgRollup.TeamLine::teamName, OrgRollup.TeamLine::people,
				OrgRollup.TeamLine::uncovered, OrgRollup.TeamLine::singlePointsOfFailure, OrgRollup.TeamLine::hybrids)
			.containsExactly(tuple("Team A", 3, 3L, 1L, 0L), tuple("Team B", 1, 4L, 1L, 0L));
		assertThat(this.rollup.teams().get(0).averageFit().get("cloud-engineer")).isEqualTo(Fraction.of(65, 1));
	}

	@Test
	void eachTeamLineKeepsItsPractitionersAndStatusPerResponsibilityInMatrixOrder() {
		assertThat(this.rollup.teams()).extracting(OrgRollup.TeamLine::practitioners)
			.containsExactly(List.of(1, 2, 0, 0, 0), List.of(1, 0, 0, 0, 0));
		assertThat(this.rollup.teams().get(0).coverage()).containsExactly(CoverageStatus.SINGLE_POINT_OF_FAILURE,
				CoverageStatus.COVERED, CoverageStatus.UNCOVERED, CoverageStatus.UNCOVERED, CoverageStatus.UNCOVERED);
	}

	@Test
	void eachResponsibilitySumsTheTeamsPractitionersAndCountsTheTeamsWhereItIsUncovered() {
		assertThat(this.rollup.responsibilities()).extracting(line -> line.responsibility().id(),
				OrgRollup.ResponsibilityLine::practitioners, OrgRollup.ResponsibilityLine::teamsUncovered,
				OrgRollup.ResponsibilityLine::teamsWithOnePractitioner)
			.containsExactly(tuple("networking", 2L, 0L, 2L), tuple("kubernetes", 2L, 1L, 0L),
					tuple("infrastructure-as-code", 0L, 2L, 0L), tuple("test-automation", 0L, 2L, 0L),
					tuple("cost-management", 0L, 2L, 0L));
	}

	@Test
	void anEmptyRunHasNoAverage() {
		assertThat(new OrgRollup(MATRIX).averageFit()).isEmpty();
	}

}
