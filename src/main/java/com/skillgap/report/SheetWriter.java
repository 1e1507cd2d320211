package com.skillgap.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import com.skillgap.analysis.Fraction;
import com.skillgap.workbook.SpreadsheetText;

/**
 * Writes one sheet top to bottom, a row at a time (a streaming sheet keeps only a window of rows in memory), with
 * every piece of text going through {@link SpreadsheetText} and every shown number rounded as {@code scoring.md}
 * says.
 */
final class SheetWriter {

	/** Points per line of 11-point text. */
	private static final float LINE_HEIGHT = 15;

	private final Sheet sheet;

	private final WorkbookStyles styles;

	private final SpreadsheetText text;

	private int nextRow;

	SheetWriter(Sheet sheet, WorkbookStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
		this.text = styles.spreadsheetText;
	}

	/** A new sheet that prints on A4 landscape, one page wide. */
	static Sheet printableSheet(Workbook workbook, String name) {
		Sheet sheet = workbook.createSheet(name);
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		return sheet;
	}

	/**
	 * Lines some texts take in a wrapped column, each starting on a new line: a streamed sheet cannot fit row heights
	 * to the text, so the height is set from this estimate.
	 */
	static int wrappedLines(List<String> texts, int charactersPerLine) {
		int lines = 0;
		for (String text : texts) {
			lines += Math.max(1, (text.length() + charactersPerLine - 1) / charactersPerLine);
		}
		return Math.max(1, lines);
	}

	/** Column widths in characters, from column A. */
	SheetWriter widths(int... characters) {
		for (int column = 0; column < characters.length; column++) {
			this.sheet.setColumnWidth(column, characters[column] * 256);
		}
		return this;
	}

	RowWriter row() {
		return new RowWriter(this.sheet.createRow(this.nextRow++));
	}

	void skipRow() {
		this.nextRow++;
	}

	/** The 0-based index of the next row to be written. */
	int nextRow() {
		return this.nextRow;
	}

	Sheet sheet() {
		return this.sheet;
	}

	/** Freezes the first row (a header) and lets the reader filter and sort the rows written by any column. */
	void filterAndFreeze(int columns) {
		this.sheet.createFreezePane(0, 1);
		this.sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.nextRow - 1), 0, columns - 1));
	}

	/** Fills one row from left to right. */
	final class RowWriter {

		private final Row row;

		private int column;

		private RowWriter(Row row) {
			this.row = row;
		}

		RowWriter text(String value) {
			return text(value, SheetWriter.this.styles.text);
		}

		RowWriter text(String value, CellStyle style) {
			SheetWriter.this.text.write(next(), value, style);
			return this;
		}

		/** A column heading over text. */
		RowWriter heading(String value) {
			return text(value, SheetWriter.this.styles.header);
		}

		/** A column heading over numbers. */
		RowWriter numberHeading(String value) {
			return text(value, SheetWriter.this.styles.numberHeader);
		}

		/** A text, or {@code absentText} in grey when the text is {@code null}. */
		RowWriter textOr(String value, String absentText) {
			return value == null ? text(absentText, SheetWriter.this.styles.absentText) : text(value);
		}

		/** A missing number, e.g. a level nobody assessed, as grey words in place of the number. */
		RowWriter absentNumber(String words) {
			return text(words, SheetWriter.this.styles.absent);
		}

		/** A text, or an empty cell when there is none. */
		RowWriter textOrBlank(String value) {
			return value == null ? blank() : text(value);
		}

		RowWriter number(long value) {
			return number(value, SheetWriter.this.styles.integer);
		}

		RowWriter number(long value, CellStyle style) {
			Cell cell = next();
			cell.setCellValue(value);
			cell.setCellStyle(style);
			return this;
		}

		/** The value rounded half-up to one decimal, as a number shown with one decimal. */
		RowWriter rounded(Fraction value) {
			return rounded(value, SheetWriter.this.styles.decimal);
		}

		/** The value rounded half-up to one decimal, as a number in a style with one decimal. */
		RowWriter rounded(Fraction value, CellStyle style) {
			Cell cell = next();
			cell.setCellValue(value.rounded().doubleValue());
			cell.setCellStyle(style);
			return this;
		}

		/** The value rounded as {@link #rounded(Fraction)}, or an empty cell when there is none. */
		RowWriter roundedOrBlank(Fraction value) {
			return value == null ? blank() : rounded(value);
		}

		/** A change rounded once and shown with its sign, or an empty cell when there is none. */
		RowWriter changeOrBlank(Fraction value) {
			return value == null ? blank() : rounded(value, SheetWriter.this.styles.change);
		}

		RowWriter blank() {
			next();
			return this;
		}

		/** An empty cell that still carries a style, e.g. the fill of a merged header. */
		RowWriter blank(CellStyle style) {
			next().setCellStyle(style);
			return this;
		}

		/** A row tall enough for this many lines of 11-point text. */
		RowWriter lines(int lines) {
			return height(LINE_HEIGHT * lines);
		}

		RowWriter height(float points) {
			this.row.setHeightInPoints(points);
			return this;
		}

		private Cell next() {
			return this.row.createCell(this.column++);
		}

	}

}
