package com.skillgap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Sending one logged message again, as the deliveries page's Resend does, to a real SMTP server in the test JVM: a
 * message that failed while the server was down reaches its recipient once the server is up, once however often it
 * is asked for; a sent one is not sent again; one written to the outbox goes over SMTP now that a server is there.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:mail-resend-tests;hsqldb.tx=mvcc",
		"spring.mail.host=127.0.0.1", "skillgap.mail.from=skillgap@example.com", "skillgap.mail.retry-delay=10ms" })
class ReportMailResendIntegrationTests {

	private static final int PORT = freePort();

	private static final Path REPORTS = reportsFolder();

	private static final String QUARTER = "2026-Q4";

	private static final String MIA = "mia.chen@example.com";

	@DynamicPropertySource
	static void smtpPortAndReports(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> PORT);
		registry.add("skillgap.reports", REPORTS::toString);
	}

	@Autowired
	private JobOperatorTestUtils jobOperator;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MailLog log;

	@Autowired
	private ReportMailResends resends;

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
	void aMessageThatFailedWhileTheServerWasDownIsSentAgainOnceItIsUp() throws Exception {
		run();
		LoggedMessage failed = message(MIA);
		assertThat(failed.status()).isEqualTo("failed");
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(this.resends.resendable(failed)).isTrue();
		startServer();

		assertThat(this.resends.start(failed.id())).hasValueSatisfying(claimed -> {
			assertThat(claimed.status()).isEqualTo("pending");
			assertThat(claimed.attempts()).isEqualTo(3);
		});
		LoggedMessage resent = awaitOutcome(failed.id());

		assertThat(resent.status()).isEqualTo("sent");
		assertThat(resent.attempts()).isEqualTo(4);
		assertThat(resent.lastError()).isNull();
		assertThat(resent.sentAt()).isNotNull();
		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(MIA);
		assertThat(received[0].getSubject()).isEqualTo("Skills gap report: R&D <Ops>, 2026-Q4");
		MailedParts.Leaf pdf = MailedParts.of(received[0]).first("application/pdf");
		assertThat(pdf.fileName()).isEqualTo("r-d-ops-2026-Q4-gap-report.pdf");
		assertThat(new String(pdf.bytes(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		assertThat(this.log.messages(QUARTER)).filteredOn(message -> !message.recipient().equals(MIA))
			.hasSize(2)
			.allSatisfy(message -> assertThat(message.status()).isEqualTo("failed"));
	}

	@Test
	void askingTwiceSendsOnce() throws Exception {
		run();
		long id = message(MIA).id();
		startServer();

		assertThat(this.resends.start(id)).isPresent();
		assertThat(this.resends.start(id)).isEmpty();
		awaitOutcome(id);
		assertThat(this.resends.start(id)).isEmpty();

		assertThat(this.smtp.waitForIncomingEmail(500, 2)).isFalse();
		assertThat(this.smtp.getReceivedMessages()).hasSize(1);
		assertThat(this.log.find(id)).hasValueSatisfying(message -> {
			assertThat(message.status()).isEqualTo("sent");
			assertThat(message.attempts()).isEqualTo(4);
		});
	}

	@Test
	void aSentMessageIsNotSentAgain() throws Exception {
		startServer();
		run();
		assertThat(this.smtp.getReceivedMessages()).hasSize(3);
		LoggedMessage sent = message(MIA);
		assertThat(this.resends.resendable(sent)).isFalse();

		assertThat(this.resends.start(sent.id())).isEmpty();

		assertThat(this.smtp.waitForIncomingEmail(500, 4)).isFalse();
		assertThat(this.smtp.getReceivedMessages()).hasSize(3);
		assertThat(this.log.find(sent.id())).contains(sent);
	}

	@Test
	void aMessageWrittenToTheOutboxIsSentOverSmtpNowThatThereIsAServer() throws Exception {
		startServer();
		run();
		LoggedMessage mia = message(MIA);
		// as a run without an SMTP server would have left it
		this.jdbc.update("UPDATE mail_message SET status = 'outbox', file_path = ? WHERE id = ?",
				"2026-Q4/outbox/r-d-ops-2026-Q4-mia.chen@example.com.eml", mia.id());
		LoggedMessage outbox = this.log.find(mia.id()).orElseThrow();
		assertThat(this.resends.resendable(outbox)).isTrue();

		assertThat(this.resends.start(mia.id())).isPresent();

		assertThat(awaitOutcome(mia.id())).satisfies(message -> {
			assertThat(message.status()).isEqualTo("sent");
			assertThat(message.attempts()).isEqualTo(2);
		});
		assertThat(this.smtp.getReceivedMessages()).hasSize(4);
	}

	@Test
	void aMessageWhoseReportIsGoneStaysFailedWithTheReason() throws Exception {
		run();
		long id = message(MIA).id();
		Files.delete(REPORTS.resolve(QUARTER).resolve("r-d-ops").resolve("r-d-ops-2026-Q4-gap-report.pdf"));
		startServer();

		assertThat(this.resends.start(id)).isPresent();

		assertThat(awaitOutcome(id)).satisfies(message -> {
			assertThat(message.status()).isEqualTo("failed");
			assertThat(message.attempts()).isEqualTo(3);
			assertThat(message.lastError()).isEqualTo(ReportMailResends.REPORT_MISSING);
		});
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
	}

	private void run() throws Exception {
		JobExecution execution = this.jobOperator.startJob(new RunParameters(QUARTER,
				List.of("src/test/resources/mail"), REPORTS.toString(), null, Instant.now())
			.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private LoggedMessage message(String recipient) {
		return this.log.messages(QUARTER)
			.stream()
			.filter(message -> message.recipient().equals(recipient))
			.findFirst()
			.orElseThrow();
	}

	/** The message once the background resend is done with it. */
	private LoggedMessage awaitOutcome(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		LoggedMessage message = this.log.find(id).orElseThrow();
		while (message.status().equals("pending")) {
			assertThat(Instant.now()).isBefore(deadline);
			Thread.sleep(20);
			message = this.log.find(id).orElseThrow();
		}
		return message;
	}

	private void startServer() {
		this.smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path reportsFolder() {
		try {
			Path folder = Files.createTempDirectory("mail-resend-tests");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
