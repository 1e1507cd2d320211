package com.skillgap.batch;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;

/** The allowed teams survive the trip through the job's parameters, and "none" never turns into "any". */
class RunParametersTests {

	@Test
	void allowedTeamsRoundTrip() {
		assertThat(roundTrip(Set.of("platform-team", "delivery-team"))).containsExactlyInAnyOrder("platform-team",
				"delivery-team");
	}

	@Test
	void aRestrictionToNoTeamStaysARestriction() {
		assertThat(roundTrip(Set.of())).isNotNull().isEmpty();
	}

	@Test
	void noRestrictionMeansAnyTeam() {
		JobParameters parameters = new RunParameters("2026-Q4", List.of("input"), "reports", null, Instant.now())
			.toJobParameters();

		assertThat(RunParameters.allowedTeams(parameters.getString(RunParameters.ALLOWED_TEAMS))).isNull();
	}

	private static Set<String> roundTrip(Set<String> allowed) {
		JobParameters parameters = new RunParameters("2026-Q4", List.of("input"), "reports", null, Instant.now(),
				allowed)
			.toJobParameters();
		return RunParameters.allowedTeams(parameters.getString(RunParameters.ALLOWED_TEAMS));
	}

}
