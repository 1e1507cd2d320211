package com.skillgap.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

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

import com.skillgap.batch.RunParameters;

/**
 * With no SMTP server configured, each message is written as an {@code .eml} file to the quarter's outbox folder and
 * logged as such, once; {@code --mail=false} writes none. Without a server, only a failed message may be sent again.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:mail-outbox-tests;hsqldb.tx=mvcc",
		"skillgap.mail.attach-xlsx=true" })
class ReportMailOutboxIntegrationTests {

	private static final String QUARTER = "2026-Q4";

	@Autowired
	private JobOperatorTestUtils jobOperator;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MailLog log;

	@Autowired
	private ReportMailer mailer;

	@TempDir
	private Path reports;

	@BeforeEach
	void clearLog() {
		this.jdbc.update("DELETE FROM mail_message");
	}

	@Test
	void writesEachMessageToTheQuartersOutboxAndLogsIt() throws Exception {
		run(null);

		Path outbox = this.reports.resolve(QUARTER).resolve("outbox");
		assertThat(files(outbox)).containsExactlyInAnyOrder("platform-team-2026-Q4-lena.berg@example.com.eml",
				"platform-team-2026-Q4-omar.haddad@example.com.eml", "r-d-ops-2026-Q4-mia.chen@example.com.eml");
		assertThat(this.log.messages(QUARTER))
			.extracting(LoggedMessage::teamId, LoggedMessage::recipient, LoggedMessage::status, LoggedMessage::file)
			.containsExactly(
					tuple("platform-team", "lena.berg@example.com", "outbox",
							"2026-Q4/outbox/platform-team-2026-Q4-lena.berg@example.com.eml"),
					tuple("platform-team", "omar.haddad@example.com", "outbox",
							"2026-Q4/outbox/platform-team-2026-Q4-omar.haddad@example.com.eml"),
					tuple("r-d-ops", "mia.chen@example.com", "outbox",
							"2026-Q4/outbox/r-d-ops-2026-Q4-mia.chen@example.com.eml"));
		assertThat(this.reports.resolve(QUARTER).resolve(".incoming")).doesNotExist();
	}

	@Test
	void anOutboxFileIsTheWholeMessageWithBothReportsAttached() throws Exception {
		run(null);

		MimeMessage message;
		try (InputStream in = Files.newInputStream(
				this.reports.resolve(QUARTER).resolve("outbox").resolve("r-d-ops-2026-Q4-mia.chen@example.com.eml"))) {
			message = new MimeMessage(Session.getInstance(new Properties()), in);
		}
		assertThat(message.getSubject()).isEqualTo("Skills gap report: R&D <Ops>, 2026-Q4");
		assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("mia.chen@example.com");
		assertThat(message.getFrom()).extracting(Object::toString).containsExactly("skillgap@localhost");
		MailedParts parts = MailedParts.of(message);
		assertThat(parts.first("text/html").text()).contains("R&amp;D &lt;Ops&gt;");
		assertThat(new String(parts.first("application/pdf").bytes(), 0, 4, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF");
		assertThat(parts.leaves()).extracting(MailedParts.Leaf::fileName)
			.contains("r-d-ops-2026-Q4-gap-report.pdf", "r-d-ops-2026-Q4-gap-report.xlsx");
	}

	@Test
	void runningTheSameQuarterAgainWritesNoMessageTwice() throws Exception {
		run(null);
		Path outbox = this.reports.resolve(QUARTER).resolve("outbox");
		Files.delete(outbox.resolve("r-d-ops-2026-Q4-mia.chen@example.com.eml"));

		run(null);

		assertThat(files(outbox)).hasSize(2).doesNotContain("r-d-ops-2026-Q4-mia.chen@example.com.eml");
		assertThat(this.log.messages(QUARTER)).hasSize(3).extracting(LoggedMessage::attempts).containsOnly(1);
	}

	@Test
	void aMessageLeftPendingByAStoppedRunIsTakenOnAgainOnlyOnceItIsStale() {
		Instant now = Instant.parse("2026-11-26T12:00:00Z");
		assertThat(this.log.claim("team", QUARTER, "ana@example.com", now)).isPresent();

		// still being sent by the run that claimed it
		assertThat(this.log.claim("team", QUARTER, "ana@example.com", now.plusSeconds(60))).isEmpty();
		// that run stopped long ago
		assertThat(this.log.claim("team", QUARTER, "ana@example.com", now.plus(MailLog.CUT_OFF).plusSeconds(1)))
			.isPresent();
		// and now this run holds it
		assertThat(this.log.claim("team", QUARTER, "ana@example.com", now.plus(MailLog.CUT_OFF).plusSeconds(2)))
			.isEmpty();
	}

	@Test
	void aMessageLeftPendingByAProcessThatDiedIsTakenOnAgainAtOnceByOneProcess() {
		Instant now = Instant.parse("2026-11-26T12:00:00Z");
		MailClaimant killed = new MailClaimant("killed-process", id -> true);
		MailClaimant seesItAlive = new MailClaimant("other-process", id -> true);
		MailClaimant seesItDead = new MailClaimant("live-process", id -> !id.equals("killed-process"));
		assertThat(this.log.claim("team", QUARTER, MailOccasion.QUARTERLY, "bo@example.com", now, killed)).isPresent();

		// a process that still hears the claimer's heartbeat leaves the message to it
		assertThat(this.log.claim("team", QUARTER, MailOccasion.QUARTERLY, "bo@example.com", now.plusSeconds(40),
				seesItAlive)).isEmpty();
		// once the claimer is silent, the first to ask takes it on, and only it
		assertThat(this.log.claim("team", QUARTER, MailOccasion.QUARTERLY, "bo@example.com", now.plusSeconds(41),
				seesItDead)).isPresent();
		assertThat(this.log.claim("team", QUARTER, MailOccasion.QUARTERLY, "bo@example.com", now.plusSeconds(42),
				seesItDead)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT claimed_by FROM mail_message WHERE recipient = 'bo@example.com'",
				String.class)).isEqualTo("live-process");
	}

	@Test
	void messagesCutOffWhileBeingSentAreMarkedFailedForAnAdminToResend() {
		Instant now = Instant.parse("2026-11-26T12:00:00Z");
		MailClaimant killed = new MailClaimant("killed-process", id -> true);
		MailClaimant live = new MailClaimant("live-process", id -> id.equals("live-process"));
		this.log.claim("team", QUARTER, MailOccasion.QUARTERLY, "cut@example.com", now, killed);
		this.log.claim("team", QUARTER, MailOccasion.QUARTERLY, "sending@example.com", now, live);

		assertThat(this.log.failCutOff(live, now.plusSeconds(40))).isEqualTo(1);

		assertThat(this.log.find("team", QUARTER, MailOccasion.QUARTERLY, "cut@example.com"))
			.hasValueSatisfying(message -> {
				assertThat(message.status()).isEqualTo("failed");
				assertThat(message.lastError()).startsWith("The process sending it stopped");
			});
		assertThat(this.log.find("team", QUARTER, MailOccasion.QUARTERLY, "sending@example.com"))
			.hasValueSatisfying(message -> assertThat(message.status()).isEqualTo("pending"));
		// still pending long after, whoever sent it: cut off too
		assertThat(this.log.failCutOff(live, now.plus(MailLog.CUT_OFF).plusSeconds(1))).isEqualTo(1);
	}

	@Test
	void withoutAnSmtpServerOnlyAFailedMessageIsClaimedAgainAndOnlyOnce() throws Exception {
		run(null);
		LoggedMessage written = this.log.messages(QUARTER).get(0);

		// nothing to send a message of the outbox with
		assertThat(this.mailer.claimAgain(written.id())).isEmpty();
		assertThat(this.log.find(written.id())).contains(written);

		this.jdbc.update("UPDATE mail_message SET status = 'failed', last_error = 'refused' WHERE id = ?",
				written.id());
		assertThat(this.mailer.claimAgain(written.id()))
			.hasValueSatisfying(claimed -> assertThat(claimed.status()).isEqualTo("pending"));
		assertThat(this.mailer.claimAgain(written.id())).isEmpty();
		// nor does a run take it while it is being sent again
		assertThat(this.log.claim(written.teamId(), QUARTER, written.recipient(), Instant.now())).isEmpty();
		assertThat(this.mailer.claimAgain(999_999)).isEmpty();
	}

	@Test
	void withAnSmtpServerAMessageOfTheOutboxIsClaimedAgainToo() throws Exception {
		run(null);
		LoggedMessage written = this.log.messages(QUARTER).get(0);

		assertThat(this.log.claimAgain(written.id(), true, Instant.now(), null)).isPresent();
		assertThat(this.log.claimAgain(written.id(), true, Instant.now(), null)).isEmpty();
	}

	@Test
	void aRunWithoutMailWritesNoMessage() throws Exception {
		run(false);

		assertThat(this.reports.resolve(QUARTER).resolve("outbox")).doesNotExist();
		assertThat(this.log.messages(QUARTER)).isEmpty();
	}

	private void run(Boolean mail) throws Exception {
		RunParameters run = new RunParameters(QUARTER, List.of("src/test/resources/mail"), this.reports.toString(),
				null, Instant.now());
		JobExecution execution = this.jobOperator
			.startJob((mail == null ? run : run.withMail(mail)).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private static List<String> files(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}

}
