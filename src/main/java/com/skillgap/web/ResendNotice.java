package com.skillgap.web;

import com.skillgap.mail.LoggedMessage;

/**
 * The one line the deliveries page shows after Resend was pressed: that the message is being sent again, or why it
 * is not.
 *
 * @param refused whether the message was not sent again
 */
record ResendNotice(String text, boolean refused) {

	static ResendNotice started(LoggedMessage message) {
		return new ResendNotice("Resending the report of " + message.teamId() + " for " + message.quarter() + " to "
				+ message.recipient() + ": this page shows the outcome.", false);
	}

	/** Why a message was not sent again, from its status as it is now. */
	static ResendNotice refused(LoggedMessage message) {
		String which = "The report of " + message.teamId() + " for " + message.quarter() + " to "
				+ message.recipient();
		String why = switch (message.status()) {
			case "sent" -> " was sent already: only a failed message is sent again.";
			case "pending" -> " is being sent right now: this page shows the outcome.";
			case "outbox" -> " was written to the outbox: with no SMTP server configured there is nothing to send it "
					+ "with.";
			default -> " is not one that failed: only a failed message is sent again.";
		};
		return new ResendNotice(which + why, true);
	}

}
