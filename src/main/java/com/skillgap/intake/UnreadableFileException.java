package com.skillgap.intake;

import java.io.IOException;
import java.util.Locale;

/**
 * The file cannot be read; the message is the whole reason a manager sees and tells them what to do, e.g. "save it
 * as .xlsx". Thrown when a file is opened, or by a cursor that finds the file unusable half-way.
 */
public class UnreadableFileException extends IOException {

	public UnreadableFileException(String message) {
		super(message);
	}

	public UnreadableFileException(String message, Throwable cause) {
		super(message, cause);
	}

	/** The one wording for a cell over the length limit, whichever reader finds it. */
	static UnreadableFileException cellTooLong(String where, IntakeLimits limits) {
		return new UnreadableFileException(String.format(Locale.ROOT,
				"%s holds more than %,d characters, the limit for one cell: "
						+ "a skill sheet never needs that much; check the file and send it again",
				where, limits.maxCellLength()));
	}

}
