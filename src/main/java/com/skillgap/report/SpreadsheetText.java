package com.skillgap.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Puts text into a cell so that no spreadsheet program can take it for a formula (formula or "CSV" injection): a
 * person called {@code =HYPERLINK("http://…","Ana")} must stay a name.
 * <p>
 * The workbook only ever holds string cells, and Excel and LibreOffice do not evaluate a string cell when they open
 * a file. The danger comes after: a reader who edits such a cell and presses Enter, or pastes it elsewhere, turns
 * text that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return, which some
 * programs strip before looking) into a live formula. Text that starts like that gets a cell style with the
 * quote-prefix flag set — the equivalent of typing an apostrophe in front of it in Excel, but kept in the style, not
 * the value — so it stays text when edited.
 * <p>
 * Why the flag rather than an apostrophe in the value: in a file an apostrophe is not the typing shortcut but part
 * of the text, so every reader would see {@code '=HYPERLINK(…)}, and names would no longer match the input, the PDF
 * and {@code run-summary.json}, or sort and search as written. With the flag the value is exactly what the manager
 * wrote. The flag does not survive a "save as CSV" from a spreadsheet program; that file is then the saver's.
 */
final class SpreadsheetText {

	private final WorkbookStyles styles;

	SpreadsheetText(WorkbookStyles styles) {
		this.styles = styles;
	}

	/** Writes {@code text} unchanged as a string cell, quote-prefixed when it could be read as a formula. */
	void write(Cell cell, String text, CellStyle style) {
		cell.setCellValue(text);
		cell.setCellStyle(couldBeFormula(text) ? this.styles.quotePrefixed(style) : style);
	}

	/** Whether a spreadsheet program could take the text for a formula if it were typed in. */
	static boolean couldBeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> true;
			// full-width forms, which some input methods produce and some spreadsheet programs accept as operators
			case '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
			default -> false;
		};
	}

}
