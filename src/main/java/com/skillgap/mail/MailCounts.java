package com.skillgap.mail;

/** How a run's messages went: sent over SMTP, written to the outbox folder, or failed after the last attempt. */
public record MailCounts(int sent, int outbox, int failed) {

	public static final MailCounts NONE = new MailCounts(0, 0, 0);

	public MailCounts plus(MailCounts other) {
		return new MailCounts(this.sent + other.sent, this.outbox + other.outbox, this.failed + other.failed);
	}

}
