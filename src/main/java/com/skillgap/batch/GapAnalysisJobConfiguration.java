package com.skillgap.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.Locale;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.intake.IntakeItem;
import com.skillgap.intake.RejectedRowException;
import com.skillgap.intake.RowImporter;
import com.skillgap.mail.MailClaimant;
import com.skillgap.mail.MailLog;
import com.skillgap.mail.MailOccasion;
import com.skillgap.mail.ReportMailer;
import com.skillgap.mail.TeamReportMessages;
import com.skillgap.matrix.Matrix;
import com.skillgap.report.ReportFolder;
import com.skillgap.report.TeamReportContent;
import com.skillgap.report.TeamReportPdf;
import com.skillgap.report.TeamReportWorkbook;
import com.skillgap.store.AnalysedTeam;
import com.skillgap.store.IntakeStaging;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.Upload;
import com.skillgap.store.UploadLog;

/**
 * The gap-analysis job: import the run's files (bad rows skipped and recorded), analyse each team into the quarter's
 * history, write each team's reports, then {@code run-summary.json}, then mail each team's report to its managers. The
 * run id is the job instance id.
 */
@Configuration(proxyBeanMethods = false)
class GapAnalysisJobConfiguration {

	static final String JOB_NAME = "gapAnalysisJob";

	private static final int ROWS_PER_CHUNK = 200;

	private static final int TEAMS_PER_CHUNK = 10;

	@Bean
	Job gapAnalysisJob(JobRepository jobRepository, Step sheetsStep, Step importStep, Step analysisStep,
			Step reportStep, Step summaryStep, Step mailStep, RunOwners runOwners, UploadRunStatus uploadRunStatus) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(runOwners)
			.listener(uploadRunStatus)
			.start(sheetsStep)
			.next(importStep)
			.next(analysisStep)
			.next(reportStep)
			.next(summaryStep)
			.next(mailStep)
			.build();
	}

	/** First, so that a restarted run reads the same sheets as the run it goes on with. */
	@Bean
	Step sheetsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunSheetsTasklet runSheetsTasklet) {
		// runs again on a restart, in case its process died after the step ended but before the job's context,
		// which holds the sheets, was saved; it keeps the sheets it finds there
		return new StepBuilder("sheetsStep", jobRepository).tasklet(runSheetsTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	RunSheetsTasklet runSheetsTasklet(@Value("#{jobParameters['" + RunParameters.INPUTS + "']}") String inputs,
			@Value("#{jobParameters['" + RunParameters.UPLOAD_ID + "']}") Long uploadId,
			@Value("#{jobParameters['" + RunParameters.SHEETS_UP_TO + "']}") String sheetsUpTo, UploadLog uploads,
			@Value("${skillgap.data:data}") String dataFolder) {
		return new RunSheetsTasklet((inputs == null) ? List.of() : RunParameters.inputs(inputs), uploadId,
				(sheetsUpTo == null) ? null : Instant.parse(sheetsUpTo), uploads, Path.of(dataFolder, "uploads"));
	}

	@Bean
	Step importStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SkillSheetItemReader skillSheetReader, RowImportProcessor rowImportProcessor, IntakeWriter intakeWriter,
			RejectedRowRecorder rejectedRowRecorder) {
		return new StepBuilder("importStep", jobRepository).<IntakeItem, IntakeItem>chunk(ROWS_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(skillSheetReader)
			.processor(rowImportProcessor)
			.writer(intakeWriter)
			.faultTolerant()
			.skip(RejectedRowException.class)
			.skipLimit(Long.MAX_VALUE)
			.skipListener(rejectedRowRecorder)
			.listener(new RunProgress(step -> RunProgressText.of(step, 0, LocalDateTime.now())
					+ String.format(Locale.ROOT, " (%,d rows rejected)", step.getProcessSkipCount()), System.out))
			.build();
	}

	@Bean
	@StepScope
	SkillSheetItemReader skillSheetReader(@Value("#{jobParameters['team']}") String team, Matrix matrix,
			SkillgapProperties properties, RowImportProcessor rowImportProcessor,
			@Value("#{stepExecution}") StepExecution step) {
		return new SkillSheetItemReader(RunSheets.files(step.getJobExecution().getExecutionContext()), matrix,
				properties.intakeLimits(), team, rowImportProcessor::replay);
	}

	@Bean
	@StepScope
	RowImportProcessor rowImportProcessor(Matrix matrix,
			@Value("#{jobParameters['" + RunParameters.ALLOWED_TEAMS + "']}") String allowedTeams) {
		return new RowImportProcessor(new RowImporter(matrix, RunParameters.allowedTeams(allowedTeams)));
	}

	@Bean
	@StepScope
	IntakeWriter intakeWriter(IntakeStaging staging, @Value("#{stepExecution}") StepExecution step) {
		return new IntakeWriter(staging, runId(step));
	}

	@Bean
	@StepScope
	RejectedRowRecorder rejectedRowRecorder(IntakeStaging staging, @Value("#{stepExecution}") StepExecution step) {
		return new RejectedRowRecorder(staging, runId(step));
	}

	@Bean
	Step analysisStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunTeamReader runTeams, TeamAnalysisProcessor teamAnalyser, ItemWriter<AnalysedTeam> quarterHistoryWriter,
			IntakeStaging staging, ExecutorService teamThreads) {
		// a chunk's teams are read and analysed on every core, then stored in one transaction of their own
		return new StepBuilder("analysisStep", jobRepository).<String, AnalysedTeam>chunk(TEAMS_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(runTeams)
			.processor(teamAnalyser)
			.taskExecutor(new TaskExecutorAdapter(teamThreads))
			.writer(quarterHistoryWriter)
			.listener(new RunProgress(step -> RunProgressText.of(step, staging.teamIds(runId(step)).size(),
					LocalDateTime.now()), System.out))
			.build();
	}

	/** The run's team ids; step-scoped, so each step that reads them gets its own reader. */
	@Bean
	@StepScope
	RunTeamReader runTeams(IntakeStaging staging, @Value("#{stepExecution}") StepExecution step) {
		return new RunTeamReader(staging, runId(step));
	}

	@Bean
	@StepScope
	TeamAnalysisProcessor teamAnalyser(IntakeStaging staging, GapAnalysis analysis, Matrix matrix,
			@Value("#{jobParameters['quarter']}") String quarter, @Value("#{stepExecution}") StepExecution step) {
		return new TeamAnalysisProcessor(staging, analysis, matrix, quarter, runId(step));
	}

	@Bean
	ItemWriter<AnalysedTeam> quarterHistoryWriter(QuarterHistory history) {
		return chunk -> history.replace(chunk.getItems(), Instant.now());
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunTeamReader runTeams, TeamReportContentProcessor teamReportContent,
			TeamReportFilesWriter teamReportFilesWriter, IntakeStaging staging, ExecutorService teamThreads) {
		// each team's content is read and analysed on the team threads too, so no core waits for the next chunk
		return new StepBuilder("reportStep", jobRepository).<String, TeamReportContent>chunk(TEAMS_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(runTeams)
			.processor(teamReportContent)
			.taskExecutor(new TaskExecutorAdapter(teamThreads))
			.writer(teamReportFilesWriter)
			.listener(new RunProgress(step -> RunProgressText.of(step, staging.teamIds(runId(step)).size(),
					LocalDateTime.now()), System.out))
			.build();
	}

	@Bean
	@StepScope
	TeamReportContentProcessor teamReportContent(IntakeStaging staging, QuarterHistory history, QuarterTrends trends,
			GapAnalysis analysis, Matrix matrix, @Value("#{jobParameters['quarter']}") String quarter,
			@Value("#{stepExecution}") StepExecution step) {
		return new TeamReportContentProcessor(staging, history, trends, analysis, matrix, quarter, runId(step));
	}

	@Bean
	@StepScope
	TeamReportFilesWriter teamReportFilesWriter(@Value("#{jobParameters['reports']}") String reports,
			ExecutorService teamThreads) {
		return new TeamReportFilesWriter(new ReportFolder(Path.of(reports)), new TeamReportPdf(),
				new TeamReportWorkbook(), teamThreads);
	}

	/**
	 * The threads teams are analysed and their reports written on, one per core. Each phase of a chunk waits for its
	 * tasks before the next starts, so the steps share them without waiting on each other.
	 */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService teamThreads() {
		AtomicInteger number = new AtomicInteger();
		return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
			Thread thread = new Thread(runnable, "team-worker-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	Step summaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunSummaryTasklet runSummaryTasklet) {
		return new StepBuilder("summaryStep", jobRepository).tasklet(runSummaryTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	RunSummaryTasklet runSummaryTasklet(IntakeStaging staging, QuarterHistory history, QuarterTrends trends,
			Matrix matrix, GapAnalysis analysis, @Value("#{jobParameters['quarter']}") String quarter,
			@Value("#{jobParameters['reports']}") String reports,
			@Value("#{jobParameters['startedAt']}") String startedAt, @Value("#{stepExecution}") StepExecution step) {
		return new RunSummaryTasklet(staging, history, trends, matrix, analysis, new ReportFolder(Path.of(reports)),
				runId(step), quarter, Instant.parse(startedAt));
	}

	/**
	 * Last, so that only reports written whole are mailed. Outside any database transaction: each message's claim
	 * and outcome is committed at once, as the message goes out, so a run cut off while mailing neither loses what it
	 * sent nor sends it again when restarted.
	 */
	@Bean
	Step mailStep(JobRepository jobRepository, TeamMailTasklet teamMailTasklet) {
		return new StepBuilder("mailStep", jobRepository).tasklet(teamMailTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	TeamMailTasklet teamMailTasklet(IntakeStaging staging, QuarterHistory history,
			TeamReportMessages teamReportMessages, ReportMailer reportMailer, UploadLog uploads,
			SkillgapProperties properties,
			@Value("#{jobParameters['" + RunParameters.MAIL + "']}") String mail,
			@Value("#{jobParameters['quarter']}") String quarter, @Value("#{jobParameters['reports']}") String reports,
			@Value("#{stepExecution}") StepExecution step) {
		boolean enabled = (mail == null) ? properties.mail().enabled() : Boolean.parseBoolean(mail);
		List<RunSheets.Sheet> sheets = RunSheets.of(step.getJobExecution().getExecutionContext());
		long runId = runId(step);
		// the managers given with the uploads the team's rows came from
		Function<String, List<String>> uploadManagers = teamId -> staging.fileIndexes(runId, teamId)
			.stream()
			.map(index -> sheets.get(index).uploadId())
			.filter(Objects::nonNull)
			.distinct()
			.flatMap(id -> uploads.find(id).map(Upload::managers).stream())
			.filter(Objects::nonNull)
			.toList();
		return new TeamMailTasklet(enabled, staging, history, teamReportMessages, reportMailer,
				new ReportFolder(Path.of(reports)), properties, uploadManagers, quarter, runId,
				occasion(step.getJobExecution().getJobParameters()));
	}

	/** Over SMTP when {@code spring.mail.host} is set, else to each quarter's outbox folder. */
	@Bean
	ReportMailer reportMailer(ObjectProvider<JavaMailSender> sender, MailLog log, SkillgapProperties properties,
			LiveInstances instances) {
		SkillgapProperties.Mail mail = properties.mail();
		return new ReportMailer(sender.getIfAvailable(), log, mail.from(), mail.attempts(), mail.retryDelay(),
				Clock.systemUTC(), new MailClaimant(instances.self(), instances::isAlive));
	}

	/** Each team's report mail, for the mail step and for resending a failed message. */
	@Bean
	TeamReportMessages teamReportMessages(QuarterHistory history, GapAnalysis analysis, Matrix matrix,
			SkillgapProperties properties) {
		return new TeamReportMessages(history, analysis, matrix, properties.mail().attachXlsx());
	}

	/** Why the run mails: the quarterly run, an upload, or a one-shot run. */
	private static String occasion(JobParameters parameters) {
		if (parameters.getString(RunParameters.SHEETS_UP_TO) != null) {
			return MailOccasion.QUARTERLY;
		}
		Long uploadId = parameters.getLong(RunParameters.UPLOAD_ID);
		return (uploadId != null) ? MailOccasion.upload(uploadId) : MailOccasion.ONE_SHOT;
	}

	static long runId(StepExecution step) {
		return step.getJobExecution().getJobInstance().getInstanceId();
	}

}
