package com.skillgap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.hsqldb.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.skillgap.SkillgapApplication;

/**
 * Two instances of the service on one database (HSQLDB in server mode, as a shared database would be): both find the
 * quarterly run due at the same moment, and the job repository lets exactly one run it; the quarter is analysed once
 * and each manager mailed once, also after an instance restarts.
 */
class TwoInstancesTests {

	private static final Instant STARTED_ON_3_JANUARY = Instant.parse("2027-01-03T10:00:00Z");

	@TempDir
	private Path folder;

	private Server database;

	private GreenMail smtp;

	private String url;

	private int smtpPort;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeEach
	void startDatabaseAndSmtp() throws Exception {
		int databasePort = freePort();
		this.database = new Server();
		this.database.setDatabaseName(0, "shared");
		this.database.setDatabasePath(0, "mem:shared");
		this.database.setPort(databasePort);
		this.database.setSilent(true);
		this.database.setLogWriter(null);
		this.database.setNoSystemExit(true);
		this.database.start();
		this.url = "jdbc:hsqldb:hsql://127.0.0.1:" + databasePort + "/shared";
		try (Connection connection = DriverManager.getConnection(this.url, "SA", "")) {
			connection.createStatement().execute("SET DATABASE TRANSACTION CONTROL MVCC");
		}
		this.smtpPort = freePort();
		this.smtp = new GreenMail(new ServerSetup(this.smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	@AfterEach
	void stopAll() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		this.smtp.stop();
		this.database.shutdown();
	}

	@Test
	void twoInstancesDueAtTheSameMomentRunTheQuarterOnceAndMailEachManagerOnce() throws Exception {
		ConfigurableApplicationContext first = startInstance();
		ConfigurableApplicationContext second = startInstance();
		UploadedSheets sheets = new UploadedSheets(first, this.folder.resolve("data"), this.folder.resolve("reports"));
		sheets.upload(Path.of("input/cloud-operations.xlsx"), "Cloud Operations", "head.cloud@example.com",
				Instant.parse("2026-12-01T09:00:00Z"));
		sheets.upload(Path.of("input/platform-team.xlsx"), "Platform Team", "head.platform@example.com",
				Instant.parse("2026-12-05T09:00:00Z"));

		CountDownLatch ready = new CountDownLatch(2);
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			List<Future<QuarterlyRuns.Outcome>> outcomes = both.invokeAll(List.of(dueAtOnce(first, ready),
					dueAtOnce(second, ready)));
			List<QuarterlyRuns.Outcome> seen = new ArrayList<>();
			for (Future<QuarterlyRuns.Outcome> outcome : outcomes) {
				seen.add(outcome.get());
			}
			assertThat(seen).containsOnlyOnce(QuarterlyRuns.Outcome.RAN)
				.allMatch(outcome -> outcome == QuarterlyRuns.Outcome.RAN
						|| outcome == QuarterlyRuns.Outcome.RUNNING_ELSEWHERE
						|| outcome == QuarterlyRuns.Outcome.ALREADY_DONE);
		}
		finally {
			both.shutdown();
		}

		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		assertThat(scheduledExecutions(jdbc)).isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT DISTINCT run_id FROM team_quarter WHERE quarter_label = '2026-Q4'"))
			.hasSize(1);
		List<String> mailed = recipients();
		assertThat(mailed).doesNotHaveDuplicates().contains("head.cloud@example.com", "head.platform@example.com");

		// the second instance restarts: its catch-up finds the quarter done
		second.close();
		this.instances.remove(second);
		ConfigurableApplicationContext restarted = startInstance();
		assertThat(restarted.getBean(QuarterlySchedule.class).runDue()).contains(QuarterlyRuns.Outcome.ALREADY_DONE);
		assertThat(scheduledExecutions(jdbc)).isEqualTo(1);
		assertThat(recipients()).hasSameSizeAs(mailed);
	}

	private static Callable<QuarterlyRuns.Outcome> dueAtOnce(ConfigurableApplicationContext instance,
			CountDownLatch ready) {
		QuarterlySchedule schedule = instance.getBean(QuarterlySchedule.class);
		return () -> {
			ready.countDown();
			ready.await();
			return schedule.runDue().orElseThrow();
		};
	}

	private static int scheduledExecutions(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'schedule'",
				Integer.class);
	}

	private List<String> recipients() throws Exception {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : this.smtp.getReceivedMessages()) {
			recipients.add(message.getAllRecipients()[0].toString());
		}
		return recipients;
	}

	/** One instance of the service on the shared database, its start-up catch-up done. */
	private ConfigurableApplicationContext startInstance() throws Exception {
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(SkillgapApplication.class,
				FixedClock.class)
			.web(WebApplicationType.SERVLET)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("leaveOutTestConfigurations", new LeaveOutTestConfigurations()))
			.run("--server.port=0", "--spring.datasource.url=" + this.url, "--spring.datasource.username=SA",
					"--spring.datasource.password=", "--skillgap.data=" + this.folder.resolve("data"),
					"--skillgap.reports=" + this.folder.resolve("reports"), "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + this.smtpPort, "--skillgap.mail.from=skillgap@example.com",
					"--skillgap.schedule.zone=UTC", "--logging.level.com.skillgap=WARN");
		this.instances.add(instance);
		instance.getBean(ScheduleConfiguration.QUARTERLY_RUNS, AsyncTaskExecutor.class).submit(() -> {
		}).get();
		return instance;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Other tests' configurations are on the class path: an instance started here leaves them out. */
	static class LeaveOutTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof LeaveOutTestConfigurations;
		}

		@Override
		public int hashCode() {
			return LeaveOutTestConfigurations.class.hashCode();
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
