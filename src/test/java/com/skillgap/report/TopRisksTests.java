package com.skillgap.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.skillgap.analysis.Team;
import com.skillgap.analysis.TeamAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top risks of the platform fixture team, worked out by hand from its levels: nobody is at level 3 or above on
 * cloud migration or pipeline security checks; nobody was assessed on managed vs self-managed services; only Νίκος
 * is on cloud cost management (Zofia 2, Çağrı 2, Νίκος 3, Bjørn 1, Łukasz 2, Ingrid 0).
 */
class TopRisksTests {

	private static final TeamAnalysis PLATFORM = TeamReportFixtures.platformTeam().analysis();

	@Test
	void namesWhatNobodyPractisesAndWhoAloneCarriesASinglePointOfFailure() {
		List<String> risks = TopRisks.of(PLATFORM);

		assertThat(risks.get(0)).isEqualTo("Nobody in the team practises Cloud migration or Pipeline security checks.");
		assertThat(risks.get(1))
			.isEqualTo("Nobody was assessed on Managed vs self-managed services: uncovered until someone is.");
		assertThat(risks.get(2))
			.isEqualTo("A single point of failure, practised by one member only: Cloud cost management (Νίκος Παπαδόπουλος).");
	}

	@Test
	void namesTheLargestGapsAndWhoIsFurthestFromTheirTargetRole() {
		List<String> risks = TopRisks.of(PLATFORM);

		// Bjørn has no target or matrix role, so his best fit is his target; Kubernetes (weight 3) was not assessed
		assertThat(risks.get(3)).startsWith(
				"Largest gaps (weight × gap against each person's target role): Bjørn Håland, Kubernetes not assessed → 3 (priority 9); ");
		assertThat(risks.get(4)).startsWith("Furthest from their target role (fit below 70): Bjørn Håland (");
	}

	@Test
	void anEmptyTeamSaysNobodyWasCounted() {
		TeamAnalysis nobody = TeamReportFixtures.content(new Team("empty", "Empty", List.of()), List.of()).analysis();

		assertThat(TopRisks.of(nobody)).containsExactly("Nobody was counted in this team.");
	}

}
