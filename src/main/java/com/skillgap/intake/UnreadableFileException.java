package com.skillgap.intake;

/** The file cannot be read at all; the message tells the manager what to do, e.g. "save it as .xlsx". */
public class UnreadableFileException extends Exception {

	public UnreadableFileException(String message) {
		super(message);
	}

	public UnreadableFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
