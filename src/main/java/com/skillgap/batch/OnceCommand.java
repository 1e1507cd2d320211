package com.skillgap.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import com.skillgap.intake.InputFile;
import com.skillgap.intake.InputFiles;
import com.skillgap.matrix.Matrix;
import com.skillgap.report.ReportFolder;
import com.skillgap.store.FileRecord;
import com.skillgap.store.IntakeStaging;
import com.skillgap.store.UploadLog;

/**
 * {@code --once}: runs the gap analysis on the inputs, prints a short summary and sets the exit status — 0 every file
 * imported, 2 some files rejected (reports written for the rest), 1 the run failed. Does nothing when the blank
 * template is asked for ({@link TemplateCommand}).
 */
@Component
class OnceCommand implements ApplicationRunner, ExitCodeGenerator {

	static final int EVERY_FILE_IMPORTED = 0;

	static final int RUN_FAILED = 1;

	static final int FILES_REJECTED = 2;

	/** Names the input files as they were when the run began: a cut-off run goes on only over the same files. */
	static final String INPUTS_FINGERPRINT = "inputsFingerprint";

	private final JobOperator jobOperator;

	private final UploadLog uploads;

	private final AbandonedRuns abandonedRuns;

	private final Job gapAnalysisJob;

	private final SkillgapProperties properties;

	private final IntakeStaging staging;

	private final Matrix matrix;

	private final Clock clock;

	private final PrintStream out;

	private int exitCode = EVERY_FILE_IMPORTED;

	OnceCommand(JobOperator jobOperator, AbandonedRuns abandonedRuns, Job gapAnalysisJob,
			SkillgapProperties properties, IntakeStaging staging, Matrix matrix, UploadLog uploads) {
		this.jobOperator = jobOperator;
		this.uploads = uploads;
		this.abandonedRuns = abandonedRuns;
		this.gapAnalysisJob = gapAnalysisJob;
		this.properties = properties;
		this.staging = staging;
		this.matrix = matrix;
		this.clock = Clock.systemDefaultZone();
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (TemplateCommand.requested(args, this.properties).isPresent()) {
			// the template command answers this run, alone
			return;
		}
		boolean quarterly = args.containsOption("quarterly");
		if (!args.containsOption("once") && !Boolean.getBoolean("skillgap.once") && !quarterly) {
			// the service answers this run: the web pages and the API
			return;
		}
		String quarter = option(args, "quarter", this.properties.quarter());
		if (quarterly && !option(args, "quarterly", "").isBlank()) {
			// --quarterly=2026-Q3
			quarter = option(args, "quarterly", "").strip();
		}
		RunParameters run = new RunParameters(quarter,
				args.containsOption("input") ? args.getOptionValues("input") : this.properties.input(),
				option(args, "reports", this.properties.reports()), option(args, "team", this.properties.team()),
				this.clock.instant());
		if (run.quarter() == null) {
			run = new RunParameters(QuarterLabel.of(LocalDate.now(this.clock)), run.inputs(), run.reports(),
					run.team(), run.startedAt());
		}
		Boolean mail = mail(args);
		if (mail == null) {
			this.out.println("Skillgap: --mail is true or false, not '" + option(args, "mail", "") + "'.");
			this.exitCode = RUN_FAILED;
			return;
		}
		this.exitCode = quarterly ? executeQuarterly(run.withMail(mail)) : execute(run.withMail(mail));
	}

	/**
	 * {@code --quarterly}: the quarterly run, by hand — each team's latest uploaded sheet, analysed for the quarter
	 * ({@code --quarter}, else the current one), reported and mailed.
	 */
	private int executeQuarterly(RunParameters run) throws Exception {
		if (!QuarterLabel.isValid(run.quarter())) {
			this.out.println("Skillgap: '" + run.quarter() + "' is not a quarter; use the form 2026-Q4.");
			return RUN_FAILED;
		}
		Instant now = this.clock.instant();
		if (this.uploads.latestSheets(now).isEmpty()) {
			this.out.println("Skillgap: no sheet has been uploaded yet, so the quarterly run has nothing to analyse "
					+ "— upload the teams' sheets on the service's upload page first.");
			return RUN_FAILED;
		}
		return finish(run, this.jobOperator.start(this.gapAnalysisJob,
				RunParameters.quarterly(run.quarter(), run.reports(), now, now, false, run.mail())));
	}

	private int execute(RunParameters run) throws Exception {
		if (!QuarterLabel.isValid(run.quarter())) {
			this.out.println("Skillgap: '" + run.quarter() + "' is not a quarter; use the form 2026-Q4.");
			return RUN_FAILED;
		}
		if (InputFiles.expand(existing(run.inputs())).isEmpty()) {
			this.out.println("Skillgap: no input files in " + String.join(", ", run.inputs())
					+ " — put the team spreadsheets (.xlsx, .xls or .csv) there, or name them with --input.");
			return RUN_FAILED;
		}
		JobParameters parameters = new JobParametersBuilder(run.toJobParameters())
			.addString(INPUTS_FINGERPRINT, fingerprint(run.inputs()), false)
			.toJobParameters();
		List<JobExecution> abandoned = this.abandonedRuns.takeOver(earlier -> sameWork(earlier, parameters));
		JobExecution execution;
		if (abandoned.isEmpty()) {
			execution = this.jobOperator.start(this.gapAnalysisJob, parameters);
		}
		else {
			JobExecution cutOff = abandoned.get(abandoned.size() - 1);
			this.out.printf("Skillgap: run %d on the same files was cut off in %s; it goes on from there.%n",
					cutOff.getJobInstance().getInstanceId(), AbandonedRuns.cutOffStep(cutOff));
			execution = this.abandonedRuns.restart(cutOff)
				.orElseThrow(() -> new IllegalStateException("run " + cutOff.getJobInstance().getInstanceId()
						+ " is restarted by another process"));
		}
		return finish(run, execution);
	}

	/** The closing summary of a run, and its exit status. */
	private int finish(RunParameters run, JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			this.out.println("Skillgap: the run failed (" + execution.getExitStatus().getExitDescription()
					+ "); no trustworthy reports were written.");
			return RUN_FAILED;
		}
		long runId = execution.getJobInstance().getInstanceId();
		List<FileRecord> files = this.staging.files(runId);
		printSummary(run, runId, files);
		printMail(run, execution);
		return files.stream().allMatch(FileRecord::imported) ? EVERY_FILE_IMPORTED : FILES_REJECTED;
	}

	private void printSummary(RunParameters run, long runId, List<FileRecord> files) {
		ReportFolder folder = new ReportFolder(Path.of(run.reports()));
		List<String> teams = this.staging.teamIds(runId);
		int rowsImported = files.stream().mapToInt(FileRecord::rowsImported).sum();
		int people = this.staging.people(runId);
		long rejectedFiles = files.stream().filter(file -> !file.imported()).count();
		int rowsRejected = files.stream().mapToInt(FileRecord::rowsRejected).sum();
		int issues = this.staging.issues(runId).size();
		this.out.println();
		this.out.printf("Skillgap %s · matrix %s %s%n", run.quarter(), this.matrix.id(), this.matrix.version());
		this.out.printf("Files: %d imported, %d rejected · rows: %d imported, %d rejected · data issues: %d%n",
				files.size() - rejectedFiles, rejectedFiles, rowsImported, rowsRejected, issues);
		for (FileRecord file : files) {
			if (!file.imported()) {
				this.out.printf("  rejected %s: %s%n", file.path(), file.reason());
			}
		}
		this.out.printf("Teams: %d · people: %d%n", teams.size(), people);
		for (String team : teams) {
			this.out.printf("  %s%n  %s%n", folder.teamPdf(run.quarter(), team), folder.teamWorkbook(run.quarter(), team));
		}
		this.out.printf("Summary: %s%n", folder.runSummary(run.quarter()));
	}

	/** How the mail step went: messages sent, written to the outbox, failed; or that it was skipped. */
	private void printMail(RunParameters run, JobExecution execution) {
		execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals("mailStep"))
			.map(StepExecution::getExecutionContext)
			.findFirst()
			.ifPresent(context -> {
				if (context.containsKey(TeamMailTasklet.SKIPPED)) {
					this.out.println("Mail: skipped (--mail=false)");
					return;
				}
				int outbox = context.getInt(TeamMailTasklet.OUTBOX, 0);
				this.out.printf("Mail: %d sent, %d written to the outbox%s, %d failed%n",
						context.getInt(TeamMailTasklet.SENT, 0), outbox,
						(outbox > 0) ? " (" + new ReportFolder(Path.of(run.reports())).outbox(run.quarter()) + ")" : "",
						context.getInt(TeamMailTasklet.FAILED, 0));
			});
	}

	/**
	 * Whether an earlier run was started on the same work: the same quarter, inputs, reports folder and team, no
	 * restriction, and input files unchanged since (same names, sizes and modification times).
	 */
	private static boolean sameWork(JobParameters earlier, JobParameters now) {
		return Stream.of(RunParameters.QUARTER, RunParameters.INPUTS, RunParameters.REPORTS, RunParameters.TEAM,
				RunParameters.ALLOWED_TEAMS, RunParameters.UPLOAD_ID, RunParameters.SHEETS_UP_TO,
				RunParameters.SCHEDULE, INPUTS_FINGERPRINT)
			.allMatch(key -> Objects.equals(value(earlier, key), value(now, key)));
	}

	private static Object value(JobParameters parameters, String key) {
		JobParameter<?> parameter = parameters.getParameter(key);
		return (parameter == null) ? null : parameter.value();
	}

	/** The names, sizes and modification times of the input files, digested. */
	private static String fingerprint(List<String> inputs) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		for (InputFile file : InputFiles.expand(existing(inputs))) {
			BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
			digest.update((file.path().toAbsolutePath() + "|" + attributes.size() + "|"
					+ attributes.lastModifiedTime().toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** {@code --mail} (true), {@code --mail=false}, or {@code skillgap.mail.enabled}; {@code null} when not a boolean. */
	private Boolean mail(ApplicationArguments args) {
		if (!args.containsOption("mail")) {
			return this.properties.mail().enabled();
		}
		String value = option(args, "mail", "true").strip();
		if (value.equalsIgnoreCase("true")) {
			return true;
		}
		return value.equalsIgnoreCase("false") ? false : null;
	}

	private static String option(ApplicationArguments args, String name, String fallback) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
	}

	private static List<String> existing(List<String> inputs) {
		return inputs.stream().filter(input -> Path.of(input).toFile().exists()).toList();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}


}
