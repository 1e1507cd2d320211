package com.skillgap.template;

import java.awt.Color;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.skillgap.workbook.SpreadsheetText;

/**
 * The cell styles of the input template, created once per workbook, in the look of the reports (Calibri, the same
 * header fill), and the estimate of how tall a row of wrapped text must be: Excel does not grow rows to fit text on
 * opening a file, so the template sets the heights itself.
 */
final class TemplateStyles {

	private static final Color HEADER_FILL = new Color(0xE3, 0xE7, 0xEE);

	private static final Color MUTED_TEXT = new Color(0x60, 0x60, 0x60);

	private static final String TYPEFACE = "Calibri";

	/** Height of one line of 11-point text, in points, and the room above and below it. */
	private static final float LINE_HEIGHT = 14.5f;

	private static final float ROW_PADDING = 4;

	private final XSSFWorkbook workbook;

	/** Writes every text cell, formula-safe (see {@link SpreadsheetText}). */
	final SpreadsheetText text;

	final CellStyle title;

	final CellStyle heading;

	final CellStyle muted;

	/** A column header: bold on the header fill, wrapped. */
	final CellStyle header;

	/** A header over a column of levels, centred like the levels below it. */
	final CellStyle levelHeader;

	/** A line of text that may run on into the empty cells to its right. */
	final CellStyle line;

	/** Text in a table cell, wrapped within its column. */
	final CellStyle wrapped;

	/** A level in the guide's tables, centred. */
	final CellStyle level;

	/** The number of a level in the guide's scale table, aligned with its header. */
	final CellStyle levelNumber;

	/** The column style of the identity cells a manager fills in, so what they type looks like the rest. */
	final CellStyle entry;

	/** The column style of the rating cells a manager fills in. */
	final CellStyle rating;

	/** The column style of the assessed-on cells: a date, written the ISO way whatever the reader's locale. */
	final CellStyle date;

	TemplateStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.text = new SpreadsheetText(workbook);
		Font plain = font(false, false, 11, null);
		Font bold = font(true, false, 11, null);
		this.title = style(font(true, false, 14, null));
		this.heading = style(font(true, false, 12, null));
		this.muted = style(font(false, true, 11, MUTED_TEXT));
		this.header = style(bold);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setBorderBottom(BorderStyle.THIN);
		((XSSFCellStyle) this.header).setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.levelHeader = workbook.createCellStyle();
		this.levelHeader.cloneStyleFrom(this.header);
		this.levelHeader.setAlignment(HorizontalAlignment.CENTER);
		this.line = style(plain);
		this.wrapped = style(plain);
		this.wrapped.setWrapText(true);
		this.level = style(plain);
		this.level.setAlignment(HorizontalAlignment.CENTER);
		this.levelNumber = style(plain);
		this.levelNumber.setAlignment(HorizontalAlignment.LEFT);
		this.entry = style(plain);
		this.rating = style(plain);
		this.rating.setAlignment(HorizontalAlignment.CENTER);
		this.date = style(plain);
		this.date.setAlignment(HorizontalAlignment.LEFT);
		this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	/**
	 * The height, in points, of a row whose tallest cell holds these texts wrapped in columns of these widths (in
	 * characters). Counts whole words per line, as Excel and LibreOffice break them, and errs on the tall side.
	 */
	static float rowHeight(String[] texts, int[] widths) {
		int lines = 1;
		for (int i = 0; i < texts.length; i++) {
			lines = Math.max(lines, lines(texts[i], widths[i]));
		}
		return lines * LINE_HEIGHT + ROW_PADDING;
	}

	static float rowHeight(String text, int width) {
		return rowHeight(new String[] { text }, new int[] { width });
	}

	/**
	 * Lines a text takes wrapped in a column this many characters wide. A column's width counts digits of the
	 * workbook's font; ordinary text is about a tenth narrower, a cell's padding takes about one character.
	 */
	private static int lines(String text, int width) {
		int room = Math.max(1, width + width / 10 - 1);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines++;
			int used = 0;
			for (String word : paragraph.strip().split(" +")) {
				int length = word.length();
				if (used > 0 && used + 1 + length > room) {
					lines++;
					used = 0;
				}
				// a word longer than the column is broken across lines
				while (length > room) {
					lines++;
					length -= room;
				}
				used += (used > 0 ? 1 : 0) + length;
			}
		}
		return lines;
	}

	private CellStyle style(Font font) {
		CellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private Font font(boolean bold, boolean italic, int points, Color colour) {
		XSSFFont font = this.workbook.createFont();
		font.setFontName(TYPEFACE);
		font.setBold(bold);
		font.setItalic(italic);
		font.setFontHeightInPoints((short) points);
		if (colour != null) {
			font.setColor(new XSSFColor(colour, null));
		}
		return font;
	}

}
