package com.skillgap.intake;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's upload imports the rows of their own teams only: the others are rejected with the reason, and a
 * restriction to no team at all rejects every row rather than meaning "any team".
 */
class AllowedTeamsTests {

	private static final Path SHEET = Path.of("input/cloud-operations.xlsx");

	@Test
	void anyTeamWhenThereIsNoRestriction() {
		assertThat(IntakeFixtures.readAllowing(null, null, SHEET).imported()).hasSize(11);
	}

	@Test
	void rowsOfTheAllowedTeamAreImported() {
		assertThat(IntakeFixtures.readAllowing(Set.of("cloud-operations"), null, SHEET).imported()).hasSize(11);
	}

	@Test
	void rowsOfAnotherTeamAreRejectedWithTheReason() {
		IntakeFixtures.Outcome outcome = IntakeFixtures.readAllowing(Set.of("platform-team", "delivery-team"), null,
				SHEET);

		assertThat(outcome.imported()).isEmpty();
		assertThat(outcome.rejected()).isNotEmpty()
			.allSatisfy(issue -> assertThat(issue.message()).satisfiesAnyOf(
					message -> assertThat(message).endsWith("team 'Cloud Operations' is not one of the teams you may "
							+ "upload for (delivery-team, platform-team)"),
					message -> assertThat(message).endsWith("no name")));
	}

	@Test
	void aRestrictionToNoTeamRejectsEveryRow() {
		assertThat(IntakeFixtures.readAllowing(Set.of(), null, SHEET).imported()).isEmpty();
	}

}
