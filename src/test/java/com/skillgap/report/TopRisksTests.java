package com.skillgap.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.skillgap.analysis.Team;
import com.skillgap.analysis.TeamAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top risks of the platform fixture team, worked out by hand from its levels: nobody is at level 3 or above on
 * managed vs self-managed services (nobody assessed), cloud migration or pipeline security checks; only Νίκος is on
 * cloud cost management (Zofia 2, Çağrı 2, Νίκος 3, Bjørn 1, Łukasz 2, Ingrid 0).
 */
class TopRisksTests {

	private static final TeamAnalysis PLATFORM = TeamReportFixtures.platformTeam().analysis();

	@Test
	void namesWhatNobodyPractisesAndWhoAloneCarriesASinglePointOfFailure() {
		List<String> risks = TopRisks.of(PLATFORM);

		assertThat(risks.get(0)).startsWith("Nobody in the team practises ")
			.contains("Managed vs self-managed services", "Cloud migration", "Pipeline security checks")
			.contains(" or ")
			.endsWith(".");
		assertThat(risks.get(1))
			.isEqualTo("A single point of failure, practised by one member only: Cloud cost management (Νίκος Παπαδόπουλος).");
	}

	@Test
	void namesTheLargestGapsAndWhoIsFurthestFromTheirTargetRole() {
		List<String> risks = TopRisks.of(PLATFORM);

		// Bjørn has no target or matrix role, so his best fit is his target; Kubernetes (weight 3) was not assessed
		assertThat(risks.get(2)).startsWith(
				"Largest gaps (weight × gap against each person's target role): Bjørn Håland, Kubernetes not assessed → 3 (priority 9); ");
		assertThat(risks.get(3)).startsWith("Furthest from their target role (fit below 70): Bjørn Håland (");
	}

	@Test
	void anEmptyTeamPractisesNothing() {
		TeamAnalysis nobody = TeamReportFixtures.content(new Team("empty", "Empty", List.of()), List.of()).analysis();

		assertThat(TopRisks.of(nobody)).first().asString().startsWith("Nobody in the team practises");
	}

}
