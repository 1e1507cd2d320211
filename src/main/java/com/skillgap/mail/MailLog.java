package com.skillgap.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The delivery log: one row per team, quarter, occasion ({@link MailOccasion}) and recipient. A message is claimed
 * before it is sent, so it is mailed once; only a failed one may be claimed again — by a run, or by an admin's resend
 * (which may also take one written to the outbox, to send it over SMTP) — and a pending one whose sending process died
 * or stopped long ago. Each claim is one UPDATE whose status condition decides, so of two runs, two instances or two
 * clicks at once only one sends.
 */
@Repository
public class MailLog {

	static final String PENDING = "pending";

	/** A message pending this long was cut off by a run that stopped while sending it. */
	static final Duration CUT_OFF = Duration.ofMinutes(15);

	static final String SENT = "sent";

	static final String FAILED = "failed";

	static final String OUTBOX = "outbox";

	private static final int MAX_ERROR = 2000;

	private final JdbcTemplate jdbc;

	public MailLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the message for sending: a new one, one that failed before, or one left pending by a run that stopped
	 * (claimed longer ago than {@link #CUT_OFF}, far longer than all attempts at one message take). Empty when it was
	 * sent or written to the outbox already, or another run is sending it.
	 */
	Optional<LoggedMessage> claim(String teamId, String quarter, String recipient, Instant now) {
		return claim(teamId, quarter, MailOccasion.ONE_SHOT, recipient, now, MailClaimant.UNKNOWN);
	}

	/**
	 * Claims the message of an occasion ({@link MailOccasion}) for sending, as {@link #claim} does; also one left
	 * pending by a process the claimant knows to be dead.
	 */
	Optional<LoggedMessage> claim(String teamId, String quarter, String occasion, String recipient, Instant now,
			MailClaimant claimant) {
		try {
			this.jdbc.update("INSERT INTO mail_message (team_id, quarter_label, occasion, recipient, status, attempts, "
					+ "created_at, claimed_at, claimed_by) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)", teamId, quarter,
					occasion, recipient, PENDING, Timestamp.from(now), Timestamp.from(now), claimant.id());
			return find(teamId, quarter, occasion, recipient);
		}
		catch (DuplicateKeyException ex) {
			// logged before: only a failed message, or one cut off while pending, is tried again
		}
		int claimed = this.jdbc.update("UPDATE mail_message SET status = ?, claimed_at = ?, claimed_by = ? "
				+ "WHERE team_id = ? AND quarter_label = ? AND occasion = ? AND recipient = ? AND (status = ? "
				+ "OR (status = ? AND claimed_at < ?))", PENDING, Timestamp.from(now), claimant.id(), teamId, quarter,
				occasion, recipient, FAILED, PENDING, Timestamp.from(now.minus(CUT_OFF)));
		if (claimed == 1) {
			return find(teamId, quarter, occasion, recipient);
		}
		Optional<String> deadClaimer = claimer(teamId, quarter, occasion, recipient)
			.filter(claimer -> !claimant.alive().test(claimer));
		if (deadClaimer.isPresent() && this.jdbc.update("UPDATE mail_message SET claimed_at = ?, claimed_by = ? "
				+ "WHERE team_id = ? AND quarter_label = ? AND occasion = ? AND recipient = ? AND status = ? "
				+ "AND claimed_by = ?", Timestamp.from(now), claimant.id(), teamId, quarter, occasion, recipient,
				PENDING, deadClaimer.get()) == 1) {
			// its process died while sending it: it may have gone out, but was never recorded as sent
			return find(teamId, quarter, occasion, recipient);
		}
		return Optional.empty();
	}

	/** The process holding a pending message, if one is recorded. */
	private Optional<String> claimer(String teamId, String quarter, String occasion, String recipient) {
		return this.jdbc.queryForList("SELECT claimed_by FROM mail_message WHERE team_id = ? AND quarter_label = ? "
				+ "AND occasion = ? AND recipient = ? AND status = ? AND claimed_by IS NOT NULL", String.class, teamId,
				quarter, occasion, recipient, PENDING).stream().findFirst();
	}

	/**
	 * Marks failed every message left pending by a process that died or stopped sending it long ago, so that it is
	 * seen, and resent, on the deliveries page; returns how many.
	 */
	public int failCutOff(MailClaimant claimant, Instant now) {
		int failed = 0;
		for (Map<String, Object> pending : this.jdbc.queryForList(
				"SELECT id, claimed_by, claimed_at FROM mail_message WHERE status = ?", PENDING)) {
			String claimer = (String) pending.get("claimed_by");
			Timestamp claimedAt = (Timestamp) pending.get("claimed_at");
			boolean cutOff = claimedAt.toInstant().isBefore(now.minus(CUT_OFF))
					|| (claimer != null && !claimant.alive().test(claimer));
			if (cutOff && this.jdbc.update("UPDATE mail_message SET status = ?, last_error = ? WHERE id = ? "
					+ "AND status = ? AND claimed_at = ?", FAILED, "The process sending it stopped before it was "
							+ "recorded as sent (it may have gone out): resend it if it did not arrive.",
					pending.get("id"), PENDING, claimedAt) == 1) {
				failed++;
			}
		}
		return failed;
	}

	/**
	 * Claims a message to be sent again at an admin's request: a failed one, and with {@code outboxToo} also one
	 * written to the outbox. Empty when it is neither (any more): sent already, being sent, or unknown. A run leaves
	 * the message alone while it is pending here, as it does with one it sends itself.
	 */
	Optional<LoggedMessage> claimAgain(long id, boolean outboxToo, Instant now, String claimer) {
		int claimed = this.jdbc.update("UPDATE mail_message SET status = ?, claimed_at = ?, claimed_by = ? "
				+ "WHERE id = ? AND (status = ? OR status = ?)", PENDING, Timestamp.from(now), claimer, id, FAILED,
				outboxToo ? OUTBOX : FAILED);
		return claimed == 1 ? find(id) : Optional.empty();
	}

	void sent(long id, int attempts, Instant now) {
		this.jdbc.update("UPDATE mail_message SET status = ?, attempts = ?, last_error = NULL, sent_at = ? WHERE id = ?",
				SENT, attempts, Timestamp.from(now), id);
	}

	void failed(long id, int attempts, String error) {
		String clipped = (error == null) ? "unknown error"
				: (error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
		this.jdbc.update("UPDATE mail_message SET status = ?, attempts = ?, last_error = ? WHERE id = ?", FAILED,
				attempts, clipped, id);
	}

	void outbox(long id, String file, Instant now) {
		this.jdbc.update("UPDATE mail_message SET status = ?, attempts = attempts + 1, file_path = ?, sent_at = ? "
				+ "WHERE id = ?", OUTBOX, file, Timestamp.from(now), id);
	}

	/** A one-shot run's message. */
	public Optional<LoggedMessage> find(String teamId, String quarter, String recipient) {
		return find(teamId, quarter, MailOccasion.ONE_SHOT, recipient);
	}

	public Optional<LoggedMessage> find(String teamId, String quarter, String occasion, String recipient) {
		return this.jdbc.query("SELECT * FROM mail_message WHERE team_id = ? AND quarter_label = ? AND occasion = ? "
				+ "AND recipient = ?", MailLog::message, teamId, quarter, occasion, recipient).stream().findFirst();
	}

	public Optional<LoggedMessage> find(long id) {
		return this.jdbc.query("SELECT * FROM mail_message WHERE id = ?", MailLog::message, id).stream().findFirst();
	}

	/** The latest messages of every quarter, newest first, at most {@code limit}. */
	public List<LoggedMessage> latest(int limit) {
		return this.jdbc.query("SELECT * FROM mail_message ORDER BY created_at DESC, id DESC FETCH FIRST " + limit
				+ " ROWS ONLY", MailLog::message);
	}

	/** A quarter's messages, by team and recipient. */
	public List<LoggedMessage> messages(String quarter) {
		return this.jdbc.query("SELECT * FROM mail_message WHERE quarter_label = ? ORDER BY team_id, recipient",
				MailLog::message, quarter);
	}

	private static LoggedMessage message(ResultSet rs, int row) throws SQLException {
		Timestamp sentAt = rs.getTimestamp("sent_at");
		return new LoggedMessage(rs.getLong("id"), rs.getString("team_id"), rs.getString("quarter_label"),
				rs.getString("occasion"), rs.getString("recipient"), rs.getString("status"), rs.getInt("attempts"),
				rs.getString("last_error"), rs.getString("file_path"), rs.getTimestamp("created_at").toInstant(),
				(sentAt == null) ? null : sentAt.toInstant());
	}

}
