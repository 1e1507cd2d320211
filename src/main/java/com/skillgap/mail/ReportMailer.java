package com.skillgap.mail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.skillgap.report.ReportFolder;

/**
 * Mails a team's report to each of its managers, once per team, quarter and recipient as the {@link MailLog} keeps
 * it. Over SMTP a message is tried several times, waiting longer each time, and stays failed with its error after the
 * last try (a later run, or an admin's resend, tries it again). With no SMTP server it is written as an {@code .eml}
 * file to the quarter's outbox folder instead.
 */
public class ReportMailer {

	private static final Logger logger = LoggerFactory.getLogger(ReportMailer.class);

	private static final String MESSAGE_ID = "Message-ID";

	private final JavaMailSender sender;

	private final MailLog log;

	private final String from;

	private final int attempts;

	private final Duration retryDelay;

	private final Clock clock;

	private final MailClaimant claimant;

	/**
	 * @param sender the SMTP sender, {@code null} when no server is configured (messages go to the outbox)
	 */
	public ReportMailer(JavaMailSender sender, MailLog log, String from, int attempts, Duration retryDelay,
			Clock clock) {
		this(sender, log, from, attempts, retryDelay, clock, MailClaimant.UNKNOWN);
	}

	/**
	 * @param sender the SMTP sender, {@code null} when no server is configured (messages go to the outbox)
	 * @param claimant this process, recorded with each message it sends, and which other processes are alive
	 */
	public ReportMailer(JavaMailSender sender, MailLog log, String from, int attempts, Duration retryDelay,
			Clock clock, MailClaimant claimant) {
		this.claimant = claimant;
		this.sender = sender;
		this.log = log;
		this.from = from;
		this.attempts = Math.max(1, attempts);
		this.retryDelay = retryDelay;
		this.clock = clock;
	}

	/** A one-shot run's message, as {@link #deliver(ReportMail, List, ReportFolder, String)} sends it. */
	public MailCounts deliver(ReportMail mail, List<String> recipients, ReportFolder folder) {
		return deliver(mail, recipients, folder, MailOccasion.ONE_SHOT);
	}

	/**
	 * Sends the message to each recipient not mailed yet for the team, quarter and occasion, or writes it to the
	 * outbox.
	 */
	public MailCounts deliver(ReportMail mail, List<String> recipients, ReportFolder folder, String occasion) {
		MailCounts counts = MailCounts.NONE;
		for (String recipient : recipients) {
			Optional<LoggedMessage> claimed = this.log.claim(mail.teamId(), mail.quarter(), occasion,
					recipient.toLowerCase(Locale.ROOT), this.clock.instant(), this.claimant);
			if (claimed.isPresent()) {
				counts = counts.plus(deliver(mail, recipient, claimed.get(), folder));
			}
		}
		return counts;
	}

	/** Whether messages go over SMTP; without a server they are written to the outbox. */
	boolean smtp() {
		return this.sender != null;
	}

	/**
	 * Claims a logged message to be delivered again: a failed one, and when an SMTP server is configured also one
	 * written to the outbox while there was none, so that it is sent for real. Empty when it is not one of those.
	 */
	Optional<LoggedMessage> claimAgain(long id) {
		return this.log.claimAgain(id, smtp(), this.clock.instant(), this.claimant.id());
	}

	/**
	 * Delivers a message {@link #claimAgain claimed again} to its one recipient as {@link #deliver} does: over SMTP
	 * with the usual attempts, counted on from those logged, else to the outbox.
	 */
	MailCounts deliverAgain(LoggedMessage claimed, ReportMail mail, ReportFolder folder) {
		return deliver(mail, claimed.recipient(), claimed, folder);
	}

	/** Leaves a message claimed again failed without trying it, for the reason given. */
	void undeliverable(LoggedMessage claimed, String reason) {
		this.log.failed(claimed.id(), claimed.attempts(), reason);
	}

	private MailCounts deliver(ReportMail mail, String recipient, LoggedMessage logged, ReportFolder folder) {
		MimeMessage message;
		try {
			message = message(mail, recipient, logged);
		}
		catch (MessagingException | RuntimeException ex) {
			logger.warn("The message of {} for {} could not be written: {}", mail.teamId(), recipient, ex.getMessage());
			this.log.failed(logged.id(), logged.attempts() + 1, ex.toString());
			return new MailCounts(0, 0, 1);
		}
		return (this.sender == null) ? toOutbox(mail, recipient, message, logged, folder)
				: send(mail, recipient, message, logged);
	}

	private MailCounts send(ReportMail mail, String recipient, MimeMessage message, LoggedMessage logged) {
		int tried = logged.attempts();
		String error = null;
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			tried++;
			try {
				this.sender.send(message);
				this.log.sent(logged.id(), tried, this.clock.instant());
				return new MailCounts(1, 0, 0);
			}
			catch (MailException ex) {
				error = ex.getMessage();
				logger.warn("Attempt {} of {} to mail {} the report of {} failed: {}", attempt, this.attempts,
						recipient, mail.teamId(), error);
			}
			if (attempt < this.attempts && !pause(this.retryDelay.multipliedBy(1L << (attempt - 1)))) {
				break;
			}
		}
		this.log.failed(logged.id(), tried, error);
		return new MailCounts(0, 0, 1);
	}

	private MailCounts toOutbox(ReportMail mail, String recipient, MimeMessage message, LoggedMessage logged,
			ReportFolder folder) {
		// one file per message: the quarterly message and an upload's of the same team and quarter are two
		String occasion = MailOccasion.ONE_SHOT.equals(logged.occasion()) ? "" : logged.occasion() + "-";
		Path file = folder.outbox(mail.quarter()).resolve(mail.teamId() + "-" + mail.quarter() + "-" + occasion
				+ recipient.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "_") + ".eml");
		try {
			message.saveChanges();
			// saving gave it a new Message-ID: it keeps its own
			message.setHeader(MESSAGE_ID, messageId(logged));
			folder.writeAtomically(file, mail.quarter(), out -> {
				try {
					message.writeTo(out);
				}
				catch (MessagingException ex) {
					throw new IOException(ex);
				}
			});
			this.log.outbox(logged.id(), folder.relative(file), this.clock.instant());
			return new MailCounts(0, 1, 0);
		}
		catch (IOException | MessagingException ex) {
			logger.warn("The message for {} could not be written to the outbox: {}", recipient, ex.getMessage());
			this.log.failed(logged.id(), logged.attempts() + 1, ex.toString());
			return new MailCounts(0, 0, 1);
		}
	}

	private MimeMessage message(ReportMail mail, String recipient, LoggedMessage logged) throws MessagingException {
		MimeMessage message = (this.sender != null) ? this.sender.createMimeMessage()
				: new MimeMessage(Session.getInstance(new Properties()));
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(recipient);
		helper.setSubject(mail.subject());
		helper.setSentDate(Date.from(this.clock.instant()));
		helper.setText(mail.text(), mail.html());
		for (Path attachment : mail.attachments()) {
			helper.addAttachment(attachment.getFileName().toString(), new FileSystemResource(attachment));
		}
		// the sender keeps a Message-ID set here: one per logged message, the same on every attempt
		message.setHeader(MESSAGE_ID, messageId(logged));
		return message;
	}

	/**
	 * The Message-ID of a logged message, the same whenever it is sent: should one go out twice (its process died
	 * between the server taking it and the log saying so), mail clients and servers see one message.
	 */
	String messageId(LoggedMessage logged) {
		int at = this.from.lastIndexOf('@');
		String domain = (at >= 0 && at < this.from.length() - 1)
				? this.from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "") : "skillgap.local";
		return "<skillgap-report-" + logged.id() + "." + logged.quarter() + "@" + domain + ">";
	}

	/** Waits before the next attempt; false when the run is being stopped. */
	private static boolean pause(Duration delay) {
		try {
			Thread.sleep(delay);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
