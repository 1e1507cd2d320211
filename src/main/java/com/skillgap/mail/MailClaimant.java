package com.skillgap.mail;

import java.util.function.Predicate;

/**
 * The process that claims messages to send them, and how it tells whether the process holding a pending message is
 * still alive: a message left pending by a process that died is taken on again at once, not after
 * {@link MailLog#CUT_OFF}.
 *
 * @param id this process, recorded with each message it claims
 * @param alive whether the process of the given id is alive
 */
public record MailClaimant(String id, Predicate<String> alive) {

	/** A claimant that knows no process: it takes on a pending message only after the cut-off. */
	static final MailClaimant UNKNOWN = new MailClaimant(null, id -> true);

}
