package com.skillgap.workbook;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

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
 * and {@code run-summary.json}, or sort and search as written. With the flag the value is exactly what was written.
 * The flag does not survive a "save as CSV" from a spreadsheet program; that file is then the saver's.
 * <p>
 * One instance per workbook: it creates the quote-prefixed copy of each style once, on first use, since a workbook
 * holds at most 64,000 styles.
 */
public final class SpreadsheetText {

	private final Workbook workbook;

	private final Map<CellStyle, CellStyle> quotePrefixed = new IdentityHashMap<>();

	public SpreadsheetText(Workbook workbook) {
		this.workbook = workbook;
	}

	/** Writes {@code text} unchanged as a string cell, quote-prefixed when it could be read as a formula. */
	public void write(Cell cell, String text, CellStyle style) {
		cell.setCellValue(text);
		cell.setCellStyle(couldBeFormula(text) ? quotePrefixed(style) : style);
	}

	/** Whether a spreadsheet program could take the text for a formula if it were typed in. */
	public static boolean couldBeFormula(String text) {
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

	/** The same style with the quote-prefix flag set, created on first use. */
	private CellStyle quotePrefixed(CellStyle style) {
		return this.quotePrefixed.computeIfAbsent(style, original -> {
			CellStyle copy = this.workbook.createCellStyle();
			copy.cloneStyleFrom(original);
			copy.setQuotePrefixed(true);
			return copy;
		});
	}

}
