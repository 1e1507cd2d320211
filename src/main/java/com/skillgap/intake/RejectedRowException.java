package com.skillgap.intake;

/** A row that cannot be imported (no name, a duplicate); the issue says why and where. */
public class RejectedRowException extends Exception {

	private final transient DataIssue issue;

	public RejectedRowException(DataIssue issue) {
		super(issue.message());
		this.issue = issue;
	}

	public DataIssue issue() {
		return this.issue;
	}

}
