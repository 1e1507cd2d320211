package com.skillgap.intake;

/**
 * One non-empty cell of a row.
 *
 * @param column 0-based column index (A = 0)
 * @param text the cell's text: the string itself, a number as written by the sheet ({@code 3}, {@code 2.5}), an ISO
 * date, {@code TRUE}/{@code FALSE}, or an error code such as {@code #REF!}
 * @param number the numeric value for {@link CellKind#NUMBER} and {@link CellKind#DATE} cells, else 0
 */
public record SheetCell(int column, CellKind kind, String text, double number) {

	public static SheetCell text(int column, String text) {
		return new SheetCell(column, CellKind.TEXT, text, 0);
	}

	public boolean isBlank() {
		return this.kind == CellKind.TEXT && this.text.isBlank();
	}

	/** The A1 address of this cell in a given row. */
	public String address(int row) {
		return columnName(this.column) + row;
	}

	/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
	public static String columnName(int column) {
		StringBuilder name = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	/** The 0-based column of letters such as {@code AB}. */
	public static int columnIndex(String letters) {
		int column = 0;
		for (int i = 0; i < letters.length(); i++) {
			column = column * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
		}
		return column - 1;
	}

}
