package com.skillgap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.intake.ImportedRow;
import com.skillgap.intake.IntakeItem;
import com.skillgap.mail.ReportMail;
import com.skillgap.mail.TeamReportMessages;
import com.skillgap.matrix.Matrix;
import com.skillgap.report.ReportFolder;
import com.skillgap.store.IntakeStaging;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.TeamQuarter;

/**
 * A run that fails mid-way and is restarted ends exactly like a run that never failed, in the shape of Spring Batch's
 * fail-then-restart functional test: a planned failure in the import step (a long-layout person's rows on both sides
 * of the last commit), then one in the report step; the restart goes on from the last committed chunk; the database
 * rows, the reports and the mails equal those of an uninterrupted run of the same files. A run left marked running by
 * a killed process is taken over and finished the same way.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:run-restart-tests;hsqldb.tx=mvcc",
		"skillgap.mail.enabled=true" })
class RunRestartTests {

	private static final String QUARTER = "2026-Q4";

	private static final int TEAMS = 12;

	private static final int PEOPLE_PER_TEAM = 6;

	/** The long-layout sheet's row whose storing fails: in the second chunk, after a person begun in the first. */
	private static final int FAILING_LONG_ROW = 130;

	/** The team whose report mail fails: the third mailed. */
	private static final String FAILING_MAIL_TEAM = "team-03";

	/** The team whose report fails: in the second chunk of ten teams. */
	private static final String FAILING_TEAM = "team-12";

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private Job gapAnalysisJob;

	@Autowired
	private AbandonedRuns abandonedRuns;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlannedFailures failures;

	@TempDir
	private Path folder;

	private Path inputs;

	@BeforeEach
	void writeSheets() throws Exception {
		this.jdbc.update("DELETE FROM team_quarter");
		this.jdbc.update("DELETE FROM mail_message");
		this.failures.disarm();
		this.inputs = Files.createDirectories(this.folder.resolve("inputs"));
		String header = Files.readAllLines(Path.of("input/delivery-team.csv")).get(0);
		List<String> skills = Arrays.asList(header.split(",")).subList(7, header.split(",").length);
		Random levels = new Random(42);
		List<String> wide = new ArrayList<>(List.of(header));
		for (int team = 1; team <= TEAMS; team++) {
			for (int person = 1; person <= PEOPLE_PER_TEAM; person++) {
				StringBuilder row = new StringBuilder(String.format("Person %02d-%02d,p%02d-%02d@example.com,Team %02d,"
						+ "DevOps Engineer,,lead-%02d@example.com,2026-11-02", team, person, team, person, team, team));
				for (int skill = 0; skill < skills.size(); skill++) {
					row.append(',').append(levels.nextInt(5));
				}
				wide.add(row.toString());
			}
		}
		// a duplicate of a person read in the first chunk, near the end of the sheet: still a duplicate after a restart
		wide.add(wide.get(3));
		Files.write(this.inputs.resolve("a-wide.csv"), wide);
		List<String> long_ = new ArrayList<>(List.of("Name,Team,Manager email,Skill,Level"));
		for (int person = 1; person <= 6; person++) {
			for (String skill : skills) {
				long_.add(String.format("Long %d,Long Team,lead-long@example.com,%s,%d", person, skill,
						levels.nextInt(5)));
			}
		}
		// the same person and skill twice: the later row is rejected, before and after a restart
		long_.add(long_.get(2));
		Files.write(this.inputs.resolve("b-long.csv"), long_);
	}

	@Test
	void aRunThatFailedInTheImportStepAndThenInTheReportStepEndsLikeARunThatNeverFailed() throws Exception {
		JobExecution uninterrupted = start("uninterrupted", false);
		assertThat(uninterrupted.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		this.failures.failAtLongRow.set(true);
		this.failures.failAtTeam.set(true);
		JobExecution first = start("restarted", true);
		assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(first.getAllFailureExceptions())
			.anySatisfy(ex -> assertThat(ex).hasStackTraceContaining("planned failure while storing row"));
		long runId = first.getJobInstance().getInstanceId();
		// one chunk of 200 items committed: the wide sheet and the long sheet's first rows
		StepExecution failedImport = step(first, "importStep");
		assertThat(failedImport.getCommitCount()).isEqualTo(1);
		assertThat(rowsImported(runId, 1)).isPositive().isLessThan(FAILING_LONG_ROW);

		JobExecution second = this.jobOperator.restart(first);
		assertThat(second.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(second.getJobInstance().getInstanceId()).isEqualTo(runId);
		StepExecution restartedImport = step(second, "importStep");
		assertThat(restartedImport.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// the restart read only what the failed execution had not committed: all but its one chunk of 200 items
		assertThat(restartedImport.getReadCount()).isEqualTo(step(uninterrupted, "importStep").getReadCount() - 200);
		assertThat(step(second, "reportStep").getWriteCount()).isEqualTo(10);
		// no half-written report in sight: the first chunk's teams whole, nothing else but the folder for parts
		assertThat(reportFiles(reports("restarted"))).hasSize(20)
			.allMatch(path -> path.toString().endsWith(".pdf") || path.toString().endsWith(".xlsx"));

		JobExecution third = this.jobOperator.restart(second);
		assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(step(third, "importStep")).isNull();
		assertThat(step(third, "reportStep").getReadCount()).isEqualTo(TEAMS + 1 - 10);

		assertSameOutcome(uninterrupted.getJobInstance().getInstanceId(), runId);
		assertOneMailPerTeamAndManager();
	}

	@Test
	void aRunLeftRunningByAKilledProcessIsTakenOverAndFinishedLikeARunThatNeverStopped() throws Exception {
		JobExecution uninterrupted = start("uninterrupted", false);
		this.failures.failAtLongRow.set(true);
		JobExecution killed = start("restarted", true);
		long runId = killed.getJobInstance().getInstanceId();
		// what a process killed in the import step leaves: its execution and step still running, owned by it
		this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = ?", killed.getId());
		this.jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'importStep'", killed.getId());
		this.jdbc.update("UPDATE run_owner SET instance_id = 'a-process-that-was-killed' WHERE job_execution_id = ?",
				killed.getId());

		List<JobExecution> taken = this.abandonedRuns.takeOver(parameters -> true);
		assertThat(taken).singleElement().satisfies(execution -> {
			assertThat(execution.getId()).isEqualTo(killed.getId());
			assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		});
		// taken once: nobody takes it again
		assertThat(this.abandonedRuns.takeOver(parameters -> true)).isEmpty();
		JobExecution restarted = this.abandonedRuns.restart(taken.get(0)).orElseThrow();

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(runId);
		assertSameOutcome(uninterrupted.getJobInstance().getInstanceId(), runId);
		assertOneMailPerTeamAndManager();
	}

	@Test
	void aRunCutOffWhileMailingMailsNobodyTwiceWhenRestarted() throws Exception {
		this.failures.failAtMailOf.set(true);
		JobExecution failed = start("restarted", true);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(step(failed, "mailStep").getStatus()).isEqualTo(BatchStatus.FAILED);
		// the messages that went out before the failure are recorded as they went, not when the step ends
		List<Map<String, Object>> before = this.jdbc.queryForList("SELECT team_id, recipient, status, sent_at "
				+ "FROM mail_message WHERE quarter_label = ? ORDER BY team_id", QUARTER);
		assertThat(before).extracting(row -> row.get("TEAM_ID")).containsExactly("team-01", "team-02");
		assertThat(before).allSatisfy(row -> assertThat(row.get("STATUS")).isEqualTo("outbox"));

		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertOneMailPerTeamAndManager();
		assertThat(this.jdbc.queryForList("SELECT team_id, recipient, status, sent_at FROM mail_message WHERE "
				+ "quarter_label = ? AND team_id IN ('team-01', 'team-02') ORDER BY team_id", QUARTER))
			.isEqualTo(before);
	}

	@Test
	void twoProcessesRestartingTheSameFailedRunRestartItOnce() throws Exception {
		this.failures.failAtLongRow.set(true);
		JobExecution failed = start("restarted", true);
		CountDownLatch ready = new CountDownLatch(2);
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			Callable<Optional<JobExecution>> restart = () -> {
				ready.countDown();
				ready.await();
				return this.abandonedRuns.restart(failed);
			};
			List<Optional<JobExecution>> restarts = new ArrayList<>();
			for (Future<Optional<JobExecution>> result : both.invokeAll(List.of(restart, restart))) {
				restarts.add(result.get());
			}
			assertThat(restarts).filteredOn(Optional::isPresent).singleElement()
				.satisfies(execution -> assertThat(execution.orElseThrow().getStatus()).isEqualTo(BatchStatus.COMPLETED));
		}
		finally {
			both.shutdown();
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?",
				Integer.class, failed.getJobInstance().getInstanceId())).isEqualTo(2);
	}

	@Test
	void aRunThisProcessIsJustSettingUpIsNotTakenOver() throws Exception {
		this.failures.failAtLongRow.set(true);
		JobExecution failed = start("restarted", true);
		// created by this process, its owner not recorded yet: as between its creation and its first listener
		this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTING', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
				failed.getId());
		this.jdbc.update("DELETE FROM run_owner WHERE job_execution_id = ?", failed.getId());
		try {
			assertThat(this.abandonedRuns.takeOver(parameters -> true)).isEmpty();
		}
		finally {
			this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID = ?",
					failed.getId());
		}
	}

	@Test
	void aRunOfALiveProcessIsNotTakenOver() throws Exception {
		this.failures.failAtLongRow.set(true);
		JobExecution failed = start("restarted", true);
		this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
				failed.getId());
		try {
			// owned by this very process, which is alive
			assertThat(this.abandonedRuns.takeOver(parameters -> true)).isEmpty();
		}
		finally {
			this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID = ?",
					failed.getId());
		}
	}

	private JobExecution start(String reports, boolean mail) throws Exception {
		return this.jobOperator.start(this.gapAnalysisJob,
				new RunParameters(QUARTER, List.of(this.inputs.toString()), this.folder.resolve(reports).toString(),
						null, Instant.now()).withMail(mail).toJobParameters());
	}

	private Path reports(String name) {
		return this.folder.resolve(name).resolve(QUARTER);
	}

	/** The same people, levels, issues and file counts in the database, and the same reports, of the two runs. */
	private void assertSameOutcome(long uninterrupted, long restarted) throws Exception {
		for (String query : List.of(
				"SELECT file_index, row_no, team_id, team_name, person_name, email, role_text, target_role, managers, "
						+ "assessed_on FROM intake_person WHERE run_id = ? ORDER BY file_index, row_no",
				"SELECT file_index, row_no, levels FROM intake_person WHERE run_id = ? ORDER BY file_index, row_no",
				"SELECT file_index, severity, sheet_name, cell_ref, row_no, message, rejects_row FROM intake_issue "
						+ "WHERE run_id = ? ORDER BY file_index, row_no, cell_ref, message",
				"SELECT file_index, file_path, status, reason, rows_imported FROM intake_file WHERE run_id = ? "
						+ "ORDER BY file_index")) {
			List<Map<String, Object>> expected = this.jdbc.queryForList(query, uninterrupted);
			assertThat(expected).isNotEmpty();
			assertThat(this.jdbc.queryForList(query, restarted)).as(query).isEqualTo(expected);
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM intake_issue WHERE run_id = ? AND rejects_row",
				Integer.class, restarted)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM team_quarter WHERE quarter_label = ? AND run_id = ?",
				Integer.class, QUARTER, restarted)).isEqualTo(TEAMS + 1);
		List<Path> expected = reportFiles(reports("uninterrupted"));
		assertThat(expected).hasSize(2 * (TEAMS + 1) + 2);
		assertThat(reportFiles(reports("restarted"))).containsExactlyElementsOf(expected);
		{
			for (Path file : expected) {
				Path twin = reports("restarted").resolve(file);
				String name = file.getFileName().toString();
				if (name.endsWith(".xlsx")) {
					assertThat(cells(twin)).as(name).isEqualTo(cells(reports("uninterrupted").resolve(file)));
				}
				else if (name.endsWith(".pdf")) {
					assertThat(pdfText(twin)).as(name).isEqualTo(pdfText(reports("uninterrupted").resolve(file)));
				}
				else {
					assertThat(twin).as(name).exists();
				}
			}
		}
	}

	/** The managers of each team got the report once, into the outbox (no SMTP server here). */
	private void assertOneMailPerTeamAndManager() throws Exception {
		assertThat(this.jdbc.queryForList("SELECT status, attempts FROM mail_message WHERE quarter_label = ?", QUARTER))
			.hasSize(TEAMS + 1)
			.allSatisfy(row -> {
				assertThat(row.get("STATUS")).isEqualTo("outbox");
				assertThat(row.get("ATTEMPTS")).isEqualTo(1);
			});
		try (Stream<Path> mails = Files.list(reports("restarted").resolve("outbox"))) {
			assertThat(mails.filter(path -> path.toString().endsWith(".eml"))).hasSize(TEAMS + 1);
		}
	}

	/** The report files under a quarter's folder, relative to it: no outbox, no temporary parts. */
	private static List<Path> reportFiles(Path quarter) throws Exception {
		try (Stream<Path> files = Files.walk(quarter)) {
			return files.filter(Files::isRegularFile)
				.map(quarter::relativize)
				.filter(path -> !path.startsWith("outbox") && !path.startsWith(".incoming"))
				.sorted()
				.toList();
		}
	}

	private int rowsImported(long runId, int fileIndex) {
		return this.jdbc.queryForObject("SELECT rows_imported FROM intake_file WHERE run_id = ? AND file_index = ?",
				Integer.class, runId, fileIndex);
	}

	private static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static List<String> cells(Path workbook) throws Exception {
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream input = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(input)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
					}
				}
			}
		}
		return cells;
	}

	private static String pdfText(Path pdf) throws Exception {
		try (InputStream input = Files.newInputStream(pdf); PdfReader reader = new PdfReader(input)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
	}

	/** Failures planned by a test, each once: storing a row of the long-layout sheet, reading a team's quarter. */
	static class PlannedFailures {

		final AtomicBoolean failAtLongRow = new AtomicBoolean();

		final AtomicBoolean failAtTeam = new AtomicBoolean();

		final AtomicBoolean failAtMailOf = new AtomicBoolean();

		void disarm() {
			this.failAtLongRow.set(false);
			this.failAtTeam.set(false);
			this.failAtMailOf.set(false);
		}

	}

	@TestConfiguration
	static class PlannedFailureConfiguration {

		@Bean
		PlannedFailures plannedFailures() {
			return new PlannedFailures();
		}

		@Bean
		@Primary
		IntakeStaging failingStaging(JdbcTemplate jdbc, PlannedFailures failures) {
			return new IntakeStaging(jdbc) {
				@Override
				public void save(long runId, List<? extends IntakeItem> items) {
					boolean failingRow = items.stream()
						.anyMatch(item -> item instanceof ImportedRow row && row.file().index() == 1
								&& row.row() == FAILING_LONG_ROW);
					if (failingRow && failures.failAtLongRow.compareAndSet(true, false)) {
						throw new IllegalStateException("planned failure while storing row " + FAILING_LONG_ROW);
					}
					super.save(runId, items);
				}
			};
		}

		@Bean
		@Primary
		TeamReportMessages failingMessages(QuarterHistory history, GapAnalysis analysis, Matrix matrix,
				PlannedFailures failures) {
			return new TeamReportMessages(history, analysis, matrix, false) {
				@Override
				public Optional<ReportMail> of(TeamQuarter stored, ReportFolder folder) {
					if (stored.team().id().equals(FAILING_MAIL_TEAM) && failures.failAtMailOf.compareAndSet(true, false)) {
						throw new IllegalStateException("planned failure while mailing " + FAILING_MAIL_TEAM);
					}
					return super.of(stored, folder);
				}
			};
		}

		@Bean
		@Primary
		QuarterHistory failingHistory(JdbcTemplate jdbc, PlatformTransactionManager transactions,
				PlannedFailures failures) {
			return new QuarterHistory(jdbc, transactions) {
				@Override
				public Optional<TeamQuarter> find(String teamId, String quarter) {
					if (teamId.equals(FAILING_TEAM) && failures.failAtTeam.compareAndSet(true, false)) {
						throw new IllegalStateException("planned failure while reporting " + teamId);
					}
					return super.find(teamId, quarter);
				}
			};
		}

	}

}
