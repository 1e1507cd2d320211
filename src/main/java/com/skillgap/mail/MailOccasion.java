package com.skillgap.mail;

/**
 * Why a report is mailed, part of what makes a message one: each team's managers get the quarterly run's message
 * once per quarter, and besides it one message per sheet they upload.
 */
public final class MailOccasion {

	/** The quarterly run, scheduled or started by hand. */
	public static final String QUARTERLY = "quarterly";

	/** A one-shot run ({@code --once}). */
	public static final String ONE_SHOT = "run";

	private static final String UPLOAD = "upload-";

	private MailOccasion() {
	}

	/** The run of an uploaded sheet. */
	public static String upload(long uploadId) {
		return UPLOAD + uploadId;
	}

	/** The occasion in words, for the deliveries page. */
	public static String describe(String occasion) {
		if (QUARTERLY.equals(occasion)) {
			return "quarterly run";
		}
		if (occasion != null && occasion.startsWith(UPLOAD)) {
			return "upload " + occasion.substring(UPLOAD.length());
		}
		return "one-shot run";
	}

}
