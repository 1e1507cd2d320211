package com.skillgap.intake;

/**
 * A problem found in an input file, addressed the way the spreadsheet shows it.
 *
 * @param file the input path as given (a folder argument joined with the file's name)
 * @param sheet the sheet name, {@code null} for a CSV file
 * @param cell the A1 address when one cell is at fault, else {@code null}
 * @param row the 1-based row number, {@code null} for a problem with the whole file
 * @param message what is wrong, in words a manager understands
 */
public record DataIssue(Severity severity, String file, String sheet, String cell, Integer row, String message) {

	/** The most characters of a file's own text an issue or reason quotes. */
	static final int QUOTED_LENGTH = 80;

	/**
	 * Text from a file, quoted for a message: in single quotes, on one line, and cut to {@value #QUOTED_LENGTH}
	 * characters with an ellipsis, so a hostile cell cannot make a message of megabytes.
	 */
	public static String quote(String text) {
		return "'" + clip(text) + "'";
	}

	/** Text from a file on one line, cut to {@value #QUOTED_LENGTH} characters with an ellipsis. */
	public static String clip(String text) {
		String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ");
		return line.length() > QUOTED_LENGTH ? line.substring(0, QUOTED_LENGTH) + "…" : line;
	}

	/** Where the problem is, e.g. {@code platform-team.xlsx Skills!D7} or {@code delivery.csv row 12}. */
	public String location() {
		StringBuilder location = new StringBuilder(this.file);
		if (this.cell != null) {
			location.append(' ').append(this.sheet == null ? this.cell : this.sheet + "!" + this.cell);
		}
		else if (this.row != null) {
			location.append(this.sheet == null ? "" : " " + this.sheet).append(" row ").append(this.row);
		}
		return location.toString();
	}

}
