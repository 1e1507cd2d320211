package com.skillgap.mail;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;

import com.skillgap.report.ReportFolder;

/**
 * Sends one logged message again at an admin's request: a failed one, and when an SMTP server is configured also one
 * written to the outbox while there was none. The message is claimed at once, so that it is sent once however often
 * it is asked for, and then written afresh from the quarter's history and delivered in the background; the delivery
 * log has the outcome.
 */
public class ReportMailResends {

	/** The reason a resend fails with when the team's report is no longer there. */
	static final String REPORT_MISSING = "The team's report of this quarter is not there any more: run the quarter "
			+ "again, which writes it and mails the failed messages too.";

	/** The reason a resend fails with when something unforeseen went wrong; the log has the exception. */
	static final String UNEXPECTED = "Sending it again failed for a reason of Skillgap's own: the service's log has "
			+ "the details.";

	private static final Logger logger = LoggerFactory.getLogger(ReportMailResends.class);

	private final ReportMailer mailer;

	private final TeamReportMessages messages;

	private final ReportFolder folder;

	private final TaskExecutor executor;

	public ReportMailResends(ReportMailer mailer, TeamReportMessages messages, ReportFolder folder,
			TaskExecutor executor) {
		this.mailer = mailer;
		this.messages = messages;
		this.folder = folder;
		this.executor = executor;
	}

	/** Whether the message may be sent again: it failed, or it is in the outbox and there is an SMTP server now. */
	public boolean resendable(LoggedMessage message) {
		return MailLog.FAILED.equals(message.status())
				|| (this.mailer.smtp() && MailLog.OUTBOX.equals(message.status()));
	}

	/**
	 * Claims the message and starts sending it again in the background; empty when it may not be sent again (it is
	 * unknown, sent, or being sent already).
	 */
	public Optional<LoggedMessage> start(long id) {
		Optional<LoggedMessage> claimed = this.mailer.claimAgain(id);
		claimed.ifPresent(message -> {
			try {
				this.executor.execute(() -> resend(message));
			}
			catch (TaskRejectedException ex) {
				logger.warn("The message {} could not be queued to be sent again: {}", id, ex.getMessage());
				this.mailer.undeliverable(message, "The service was stopping: send it again.");
			}
		});
		return claimed;
	}

	private void resend(LoggedMessage claimed) {
		try {
			Optional<ReportMail> mail = this.messages.of(claimed.teamId(), claimed.quarter(), this.folder);
			if (mail.isPresent()) {
				MailCounts counts = this.mailer.deliverAgain(claimed, mail.get(), this.folder);
				logger.info("The report of {} for {} was sent again to {}: {}", claimed.teamId(), claimed.quarter(),
						claimed.recipient(), counts);
			}
			else {
				this.mailer.undeliverable(claimed, REPORT_MISSING);
			}
		}
		catch (RuntimeException ex) {
			// never leave the message pending: it would look as if it were being sent for the next 15 minutes
			logger.error("Sending the report of {} for {} to {} again failed", claimed.teamId(), claimed.quarter(),
					claimed.recipient(), ex);
			this.mailer.undeliverable(claimed, UNEXPECTED);
		}
	}

}
