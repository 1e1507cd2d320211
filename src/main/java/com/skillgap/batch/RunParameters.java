package com.skillgap.batch;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one run of the job works on. Every run is a new job instance (its start time is identifying), so running a
 * quarter again replaces that quarter's results instead of being refused.
 *
 * @param team the team for files without a team column, {@code null} for the file name
 * @param allowedTeams the only team ids rows may be imported for (a manager's upload: possibly none); {@code null}
 * for any team
 * @param mail whether each team's report is mailed to its managers; {@code null} for {@code skillgap.mail.enabled}
 */
public record RunParameters(String quarter, List<String> inputs, String reports, String team, Instant startedAt,
		Set<String> allowedTeams, Boolean mail) {

	static final String ALLOWED_TEAMS = "allowedTeams";

	public RunParameters {
		inputs = List.copyOf(inputs);
		allowedTeams = (allowedTeams == null) ? null : Set.copyOf(allowedTeams);
	}

	/** A run that may import rows for any team. */
	public RunParameters(String quarter, List<String> inputs, String reports, String team, Instant startedAt) {
		this(quarter, inputs, reports, team, startedAt, null);
	}

	/** A run that mails as {@code skillgap.mail.enabled} says. */
	public RunParameters(String quarter, List<String> inputs, String reports, String team, Instant startedAt,
			Set<String> allowedTeams) {
		this(quarter, inputs, reports, team, startedAt, allowedTeams, null);
	}

	/** This run, mailing or not. */
	public RunParameters withMail(boolean mail) {
		return new RunParameters(this.quarter, this.inputs, this.reports, this.team, this.startedAt,
				this.allowedTeams, mail);
	}

	public static final String QUARTER = "quarter";

	static final String INPUTS = "inputs";

	static final String REPORTS = "reports";

	static final String TEAM = "team";

	static final String STARTED_AT = "startedAt";

	static final String MAIL = "mail";

	/** A quarterly run analyses each team's latest sheet uploaded before this instant. */
	public static final String SHEETS_UP_TO = "sheetsUpTo";

	/** Marks the run the schedule started for a quarter: with the quarter, its identity, so it runs once. */
	public static final String SCHEDULE = "schedule";

	static final String QUARTERLY = "quarterly";

	/** The upload a run analyses, when a manager's upload started it (its managers are mailed too). */
	public static final String UPLOAD_ID = "uploadId";

	private static final String INPUT_SEPARATOR = "\n";

	/** Starts the allowed-teams parameter, so that a restriction to no team is never an empty, absent-looking value. */
	private static final String RESTRICTED = "only:";

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString(QUARTER, this.quarter)
			.addString(INPUTS, String.join(INPUT_SEPARATOR, this.inputs))
			.addString(REPORTS, this.reports)
			.addString(STARTED_AT, this.startedAt.toString());
		if (this.team != null) {
			builder.addString(TEAM, this.team);
		}
		if (this.mail != null) {
			// whether a run mails does not make it another run
			builder.addString(MAIL, this.mail.toString(), false);
		}
		if (this.allowedTeams != null) {
			// present, even empty, means restricted: an empty list allows no team at all
			builder.addString(ALLOWED_TEAMS, RESTRICTED + String.join(",", new TreeSet<>(this.allowedTeams)));
		}
		return builder.toJobParameters();
	}

	/**
	 * A quarterly run: each team's latest sheet uploaded before {@code sheetsUpTo}, analysed for the quarter, then
	 * mailed as {@code skillgap.mail.enabled} says.
	 *
	 * @param scheduled whether the schedule starts it: then the quarter alone is its identity, so that it runs once
	 * however often, and by however many instances, it is started; else (started by hand) it is a run of its own
	 */
	public static JobParameters quarterly(String quarter, String reports, Instant sheetsUpTo, Instant startedAt,
			boolean scheduled) {
		return quarterly(quarter, reports, sheetsUpTo, startedAt, scheduled, null);
	}

	/** A quarterly run that mails or not; {@code mail} {@code null} for {@code skillgap.mail.enabled}. */
	public static JobParameters quarterly(String quarter, String reports, Instant sheetsUpTo, Instant startedAt,
			boolean scheduled, Boolean mail) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(QUARTER, quarter)
			.addString(REPORTS, reports, false)
			.addString(SHEETS_UP_TO, sheetsUpTo.toString(), false);
		if (mail != null) {
			builder.addString(MAIL, mail.toString(), false);
		}
		if (scheduled) {
			return builder.addString(SCHEDULE, QUARTERLY).addString(STARTED_AT, startedAt.toString(), false)
				.toJobParameters();
		}
		return builder.addString(STARTED_AT, startedAt.toString()).toJobParameters();
	}

	/**
	 * The job parameters of an upload's run: the upload is its identity, not the start time, so that started twice
	 * — by the process it was queued in and by one taking it up — it is still one run.
	 */
	public JobParameters toUploadJobParameters(long uploadId) {
		return new JobParametersBuilder(toJobParameters()).addString(STARTED_AT, this.startedAt.toString(), false)
			.addLong(UPLOAD_ID, uploadId)
			.toJobParameters();
	}

	/** The allowed team ids from their job parameter: {@code null} (any team) only when it is absent. */
	static Set<String> allowedTeams(String joined) {
		if (joined == null) {
			return null;
		}
		String ids = joined.startsWith(RESTRICTED) ? joined.substring(RESTRICTED.length()) : joined;
		return Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
	}

	static List<String> inputs(String joined) {
		return Arrays.asList(joined.split(INPUT_SEPARATOR));
	}

}
