package com.skillgap.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.skillgap.batch.RunParameters;

/**
 * Mailing the reports over SMTP to a real server in the test JVM: each team's managers get their team's report once,
 * a server that is down leaves the messages failed, and a later run delivers them once the server is up.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:mail-smtp-tests;hsqldb.tx=mvcc",
		"spring.mail.host=127.0.0.1", "skillgap.mail.from=skillgap@example.com", "skillgap.mail.retry-delay=10ms",
		"skillgap.teams.platform-team.managers=ops-lead@example.com" })
class ReportMailSmtpIntegrationTests {

	private static final int PORT = freePort();

	private static final String QUARTER = "2026-Q4";

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	private JobOperatorTestUtils jobOperator;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MailLog log;

	@TempDir
	private Path reports;

	private GreenMail smtp;

	@BeforeEach
	void clearLog() {
		this.jdbc.update("DELETE FROM mail_message");
	}

	@AfterEach
	void stopServer() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void mailsEachTeamsManagersOnlyTheirOwnTeamsReport() throws Exception {
		startServer();

		run();

		Map<String, List<String>> subjectsByRecipient = Arrays.stream(this.smtp.getReceivedMessages())
			.collect(Collectors.groupingBy(ReportMailSmtpIntegrationTests::recipient,
					Collectors.mapping(ReportMailSmtpIntegrationTests::subject, Collectors.toList())));
		assertThat(subjectsByRecipient).containsOnly(
				Map.entry("lena.berg@example.com", List.of("Skills gap report: Platform Team, 2026-Q4")),
				Map.entry("omar.haddad@example.com", List.of("Skills gap report: Platform Team, 2026-Q4")),
				Map.entry("ops-lead@example.com", List.of("Skills gap report: Platform Team, 2026-Q4")),
				Map.entry("mia.chen@example.com", List.of("Skills gap report: R&D <Ops>, 2026-Q4")));
		assertThat(this.log.messages(QUARTER)).extracting(LoggedMessage::recipient, LoggedMessage::status,
				LoggedMessage::attempts)
			.containsExactlyInAnyOrder(tuple("lena.berg@example.com", "sent", 1),
					tuple("omar.haddad@example.com", "sent", 1), tuple("ops-lead@example.com", "sent", 1),
					tuple("mia.chen@example.com", "sent", 1));
	}

	@Test
	void attachesThePdfBesideATextAndAnHtmlBody() throws Exception {
		startServer();

		run();

		MimeMessage message = Arrays.stream(this.smtp.getReceivedMessages())
			.filter(received -> recipient(received).equals("mia.chen@example.com"))
			.findFirst()
			.orElseThrow();
		assertThat(message.getFrom()).extracting(Address::toString).containsExactly("skillgap@example.com");
		// one Message-ID per logged message, the same on every attempt: a message sent twice is seen once
		long logged = this.log.find("r-d-ops", QUARTER, "mia.chen@example.com").orElseThrow().id();
		assertThat(message.getMessageID()).isEqualTo("<skillgap-report-" + logged + ".2026-Q4@example.com>");
		assertThat(message.getContentType()).startsWith("multipart/mixed");
		MailedParts parts = MailedParts.of(message);
		assertThat(parts.leaves()).extracting(MailedParts.Leaf::contentType)
			.anySatisfy(type -> assertThat(type).startsWith("text/plain"))
			.anySatisfy(type -> assertThat(type).startsWith("text/html"));
		assertThat(parts.first("text/plain").text()).contains("The skills gap report of R&D <Ops> for 2026-Q4")
			.contains("People: 1")
			.contains("Average fit, Cloud Engineer: ")
			.contains("Single points of failure: ")
			.contains("Top risks:");
		assertThat(parts.first("text/html").text()).contains("R&amp;D &lt;Ops&gt;").doesNotContain("R&D <Ops>");
		MailedParts.Leaf pdf = parts.first("application/pdf");
		assertThat(pdf.fileName()).isEqualTo("r-d-ops-2026-Q4-gap-report.pdf");
		assertThat(new String(pdf.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
	}

	@Test
	void runningTheSameQuarterAgainMailsNobodyTwice() throws Exception {
		startServer();
		run();
		assertThat(this.smtp.getReceivedMessages()).hasSize(4);

		run();

		assertThat(this.smtp.getReceivedMessages()).hasSize(4);
		assertThat(this.log.messages(QUARTER)).extracting(LoggedMessage::status).containsOnly("sent");
	}

	@Test
	void aServerThatIsDownLeavesTheMessagesFailedAndALaterRunDeliversThemOnce() throws Exception {
		run();

		assertThat(this.log.messages(QUARTER)).hasSize(4).allSatisfy(message -> {
			assertThat(message.status()).isEqualTo("failed");
			assertThat(message.attempts()).isEqualTo(3);
			assertThat(message.lastError()).isNotBlank();
			assertThat(message.sentAt()).isNull();
		});

		startServer();
		run();
		run();

		assertThat(this.smtp.getReceivedMessages()).extracting(ReportMailSmtpIntegrationTests::recipient)
			.containsExactlyInAnyOrder("lena.berg@example.com", "omar.haddad@example.com", "ops-lead@example.com",
					"mia.chen@example.com");
		assertThat(this.log.messages(QUARTER)).allSatisfy(message -> {
			assertThat(message.status()).isEqualTo("sent");
			assertThat(message.attempts()).isEqualTo(4);
			assertThat(message.lastError()).isNull();
		});
	}

	private void run() throws Exception {
		JobExecution execution = this.jobOperator.startJob(new RunParameters(QUARTER,
				List.of("src/test/resources/mail"), this.reports.toString(), null, Instant.now())
			.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private void startServer() {
		this.smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	private static String recipient(Message message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
