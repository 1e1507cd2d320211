package com.skillgap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.skillgap.store.QuarterHistory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service was down when the quarterly run was due (06:00 UTC on 1 January 2027); it starts on 3 January (a fixed
 * clock) and catches up: each team's latest sheet uploaded before the firing is analysed for 2026-Q4 and mailed to
 * the team's managers over SMTP (GreenMail), once — the catch-up repeated runs and mails nothing again.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:quarterly-schedule-tests;hsqldb.tx=mvcc",
		"spring.mail.host=127.0.0.1", "skillgap.mail.from=skillgap@example.com", "skillgap.mail.retry-delay=10ms",
		"skillgap.schedule.zone=UTC" })
class QuarterlyScheduleTests {

	private static final Instant STARTED_ON_3_JANUARY = Instant.parse("2027-01-03T10:00:00Z");

	private static final int PORT = freePort();

	private static Path folder;

	private static GreenMail smtp;

	@Autowired
	private QuarterlySchedule schedule;

	@Autowired
	private QuarterHistory history;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	@Qualifier(ScheduleConfiguration.QUARTERLY_RUNS)
	private AsyncTaskExecutor quarterlyRunThreads;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		folder = Files.createTempDirectory("quarterly-schedule-tests");
		registry.add("skillgap.data", () -> folder.resolve("data").toString());
		registry.add("skillgap.reports", () -> folder.resolve("reports").toString());
		registry.add("spring.mail.port", () -> PORT);
	}

	@BeforeAll
	static void startSmtp() {
		smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void theMissedQuarterlyRunIsCaughtUpOnceWithEachTeamsLatestSheetAndMailedToEachManagerOnce() throws Exception {
		// the catch-up at start-up found no sheet yet: wait for it to be done before the sheets arrive
		Future<?> startUp = this.quarterlyRunThreads.submit(() -> {
		});
		startUp.get();
		UploadedSheets sheets = new UploadedSheets(this.context, folder.resolve("data"), folder.resolve("reports"));
		long cloud = sheets.upload(Path.of("input/cloud-operations.xlsx"), "Cloud Operations", "head.cloud@example.com",
				Instant.parse("2026-12-01T09:00:00Z"));
		sheets.upload(Path.of("input/platform-team.xlsx"), "Platform Team", "old.head@example.com",
				Instant.parse("2026-12-05T09:00:00Z"));
		long platform = sheets.upload(UploadedSheets.teamSheet(folder, "platform-december.csv", "Platform Team", 3),
				"Platform Team", "head.platform@example.com", Instant.parse("2026-12-10T09:00:00Z"));
		// uploaded after the firing: for the next quarter, not this one
		sheets.upload(UploadedSheets.teamSheet(folder, "platform-january.csv", "Platform Team", 2), "Platform Team",
				"head.platform@example.com", Instant.parse("2027-01-02T09:00:00Z"));

		assertThat(this.schedule.runDue()).contains(QuarterlyRuns.Outcome.RAN);

		assertThat(this.history.find("platform-team", "2026-Q4").orElseThrow().team().members()).hasSize(3);
		assertThat(this.history.find("cloud-operations", "2026-Q4").orElseThrow().team().members()).hasSize(11);
		JsonNode summary = JsonMapper.builder()
			.build()
			.readTree(folder.resolve("reports").resolve("2026-Q4").resolve("run-summary.json").toFile());
		assertThat(summary.get("files")).extracting(file -> file.get("path").asString())
			.containsExactly("cloud-operations.xlsx (upload " + cloud + ")",
					"platform-december.csv (upload " + platform + ")");
		List<Map.Entry<String, String>> mailed = mailed();
		assertThat(mailed).doesNotHaveDuplicates()
			.contains(Map.entry("head.cloud@example.com", "Skills gap report: Cloud Operations, 2026-Q4"),
					Map.entry("head.platform@example.com", "Skills gap report: Platform Team, 2026-Q4"))
			.noneMatch(mail -> mail.getKey().equals("old.head@example.com"));
		assertThat(smtp.getReceivedMessages()).allSatisfy(message -> assertThat(attachments(message))
			.singleElement()
			.satisfies(name -> assertThat(name).endsWith("-2026-Q4-gap-report.pdf")));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_message WHERE occasion = 'quarterly' "
				+ "AND status = 'sent'", Integer.class)).isEqualTo(mailed.size());

		// started again, or fired again: the quarter ran, nobody is mailed twice
		assertThat(this.schedule.runDue()).contains(QuarterlyRuns.Outcome.ALREADY_DONE);
		assertThat(mailed()).hasSameSizeAs(mailed);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE "
				+ "PARAMETER_NAME = 'schedule'", Integer.class)).isEqualTo(1);
	}

	private static List<Map.Entry<String, String>> mailed() throws Exception {
		return StreamSupport.stream(List.of(smtp.getReceivedMessages()).spliterator(), false).map(message -> {
			try {
				Address[] to = message.getAllRecipients();
				return Map.entry(to[0].toString(), message.getSubject());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static List<String> attachments(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		List<String> names = new java.util.ArrayList<>();
		for (int part = 0; part < parts.getCount(); part++) {
			if (parts.getBodyPart(part).getFileName() != null) {
				names.add(parts.getBodyPart(part).getFileName());
			}
		}
		return names;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock startedOnThirdJanuary() {
			return Clock.fixed(STARTED_ON_3_JANUARY, ZoneOffset.UTC);
		}

	}

}
