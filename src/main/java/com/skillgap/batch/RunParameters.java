package com.skillgap.batch;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one run of the job works on. Every run is a new job instance (its start time is identifying), so running a
 * quarter again replaces that quarter's results instead of being refused.
 *
 * @param team the team for files without a team column, {@code null} for the file name
 */
public record RunParameters(String quarter, List<String> inputs, String reports, String team, Instant startedAt) {

	static final String QUARTER = "quarter";

	static final String INPUTS = "inputs";

	static final String REPORTS = "reports";

	static final String TEAM = "team";

	static final String STARTED_AT = "startedAt";

	private static final String INPUT_SEPARATOR = "\n";

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString(QUARTER, this.quarter)
			.addString(INPUTS, String.join(INPUT_SEPARATOR, this.inputs))
			.addString(REPORTS, this.reports)
			.addString(STARTED_AT, this.startedAt.toString());
		if (this.team != null) {
			builder.addString(TEAM, this.team);
		}
		return builder.toJobParameters();
	}

	static List<String> inputs(String joined) {
		return Arrays.asList(joined.split(INPUT_SEPARATOR));
	}

}
