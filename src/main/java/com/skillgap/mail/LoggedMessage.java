package com.skillgap.mail;

import java.time.Instant;

/**
 * One message of the delivery log.
 *
 * @param occasion why it was mailed ({@link MailOccasion})
 * @param status {@code pending}, {@code sent}, {@code failed} or {@code outbox}
 * @param file the {@code .eml} file of a message written to the outbox, else {@code null}
 */
public record LoggedMessage(long id, String teamId, String quarter, String occasion, String recipient, String status,
		int attempts, String lastError, String file, Instant createdAt, Instant sentAt) {

	/** Why it was mailed, in words. */
	public String occasionText() {
		return MailOccasion.describe(this.occasion);
	}

}
