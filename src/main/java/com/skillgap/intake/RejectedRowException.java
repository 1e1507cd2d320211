package com.skillgap.intake;

/** A row that cannot be imported (no name, a duplicate); the issue says why and where. */
public class RejectedRowException extends Exception {

	private final transient DataIssue issue;

	private final String teamId;

	public RejectedRowException(DataIssue issue) {
		this(issue, null);
	}

	/** A rejected row of the team {@code teamId}, or of no team known when it is {@code null}. */
	public RejectedRowException(DataIssue issue, String teamId) {
		super(issue.message());
		this.issue = issue;
		this.teamId = teamId;
	}

	public DataIssue issue() {
		return this.issue;
	}

	/** The team the row belongs to, or {@code null} when the row names none the run could use. */
	public String teamId() {
		return this.teamId;
	}

}
