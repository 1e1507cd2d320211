package com.skillgap.matrix;

/** A matrix file breaks a rule; the message names the file and the entry at fault. */
public class InvalidMatrixException extends RuntimeException {

	public InvalidMatrixException(String message) {
		super(message);
	}

	public InvalidMatrixException(String message, Throwable cause) {
		super(message, cause);
	}

}
