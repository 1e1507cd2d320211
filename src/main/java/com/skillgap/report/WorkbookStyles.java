package com.skillgap.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder.BorderSide;

import com.skillgap.analysis.CoverageStatus;
import com.skillgap.matrix.ProficiencyScale;
import com.skillgap.workbook.SpreadsheetText;

/**
 * Every cell style of one report workbook, created once when the workbook is started: a workbook holds at most
 * 64,000 styles, and creating one per cell would also make the file large and slow to open.
 */
final class WorkbookStyles {

	private static final Color HEADER_FILL = new Color(0xE3, 0xE7, 0xEE);

	private static final Color AREA_FILL = new Color(0xF3, 0xF4, 0xF6);

	private static final Color MUTED_TEXT = new Color(0x80, 0x80, 0x80);

	/** The typeface of every cell: Excel's default, so the sheets look like any other workbook a manager opens. */
	private static final String TYPEFACE = "Calibri";

	private final Workbook workbook;

	/** Writes every text cell, with the quote-prefixed copies of these styles (see {@link SpreadsheetText}). */
	final SpreadsheetText spreadsheetText;

	private final Font plain;

	final CellStyle title;

	final CellStyle header;

	/** A header over a column of numbers, centred like the numbers below it. */
	final CellStyle numberHeader;

	/** Header text turned upright, for the narrow heatmap columns. */
	final CellStyle verticalHeader;

	final CellStyle area;

	final CellStyle label;

	final CellStyle text;

	/** Longer text, wrapped within its column and aligned to the top of the row. */
	final CellStyle wrappedText;

	/** Words standing in for a missing number ("not assessed"), grey so they are not read as data; centred. */
	final CellStyle absent;

	/** Words standing in for a missing text ("—"), grey, aligned like text. */
	final CellStyle absentText;

	final CellStyle integer;

	/** A number in the key figures, aligned with the texts above and below it. */
	final CellStyle figure;

	/** A rounded number in the key figures, with one decimal. */
	final CellStyle figureDecimal;

	/** Fits, averages, completeness and team levels: the rounded value, shown with one decimal. */
	final CellStyle decimal;

	/** A change with its sign, one decimal: +2.5, -0.4, 0.0. */
	final CellStyle change;

	/** A level a role requires, above the heatmap: centred on a light fill, apart from the members' levels. */
	final CellStyle requiredLevel;

	final CellStyle requiredLabel;

	/** A heatmap cell nobody assessed: grey "n/a", no fill, so it cannot be mistaken for level 0. */
	final CellStyle notAssessedLevel;

	private final List<CellStyle> levels = new ArrayList<>();

	private final Map<CoverageStatus, CellStyle> statuses = new EnumMap<>(CoverageStatus.class);

	private final int highestLevel;

	private final Map<CoverageStatus, CellStyle> statusCounts = new EnumMap<>(CoverageStatus.class);

	/** The border every {@link #tile} shares, once the first tile has it. */
	private long tileBorderId = -1;

	WorkbookStyles(Workbook workbook, ProficiencyScale scale) {
		this.workbook = workbook;
		this.spreadsheetText = new SpreadsheetText(workbook);
		this.plain = font(false, false, null, 11);
		Font bold = font(true, false, null, 11);
		Font muted = font(false, true, MUTED_TEXT, 11);
		this.title = style(font(true, false, null, 14));
		this.header = filled(style(bold), HEADER_FILL);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.numberHeader = workbook.createCellStyle();
		this.numberHeader.cloneStyleFrom(this.header);
		centred(this.numberHeader);
		this.verticalHeader = filled(style(bold), HEADER_FILL);
		this.verticalHeader.setRotation((short) 90);
		this.verticalHeader.setWrapText(true);
		this.verticalHeader.setAlignment(HorizontalAlignment.CENTER);
		this.verticalHeader.setVerticalAlignment(VerticalAlignment.BOTTOM);
		this.verticalHeader.setBorderBottom(BorderStyle.THIN);
		this.area = filled(style(bold), AREA_FILL);
		this.area.setWrapText(true);
		this.area.setAlignment(HorizontalAlignment.CENTER);
		this.area.setVerticalAlignment(VerticalAlignment.CENTER);
		this.label = style(bold);
		this.text = style(null);
		this.wrappedText = style(null);
		this.wrappedText.setWrapText(true);
		this.wrappedText.setVerticalAlignment(VerticalAlignment.TOP);
		// numbers and the words standing in for them are centred, so they never run into the text beside them
		this.absent = centred(style(muted));
		this.absentText = style(muted);
		this.integer = centred(numeric(style(null), "0"));
		this.decimal = centred(numeric(style(null), "0.0"));
		this.change = centred(numeric(style(null), "+0.0;-0.0;0.0"));
		this.figure = left(numeric(style(null), "0"));
		this.figureDecimal = left(numeric(style(null), "0.0"));
		this.requiredLevel = centred(filled(numeric(style(bold), "0"), AREA_FILL));
		this.requiredLabel = filled(style(bold), AREA_FILL);
		this.notAssessedLevel = tile(centred(style(muted)));
		Font onStrongFill = font(false, false, Color.WHITE, 11);
		int highest = scale.highest();
		this.highestLevel = highest;
		for (int level = 0; level <= highest; level++) {
			Font levelFont = LevelColours.lightText(level, highest) ? onStrongFill : null;
			this.levels.add(tile(centred(filled(numeric(style(levelFont), "0"), LevelColours.fill(level, highest)))));
		}
		for (CoverageStatus status : CoverageStatus.values()) {
			this.statuses.put(status, left(filled(style(null), CoverageStatusColours.of(status))));
			this.statusCounts.put(status, tile(centred(filled(numeric(style(null), "0"), CoverageStatusColours.of(status)))));
		}
	}

	/**
	 * Lets the spreadsheet colour a block of level cells by their value, in the same colours as {@link #level(int)},
	 * with white text on the strong fills: a level a reader corrects is recoloured. Text in the block ({@code n/a})
	 * is left alone.
	 */
	void colourLevels(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (lastRow < firstRow || lastColumn < firstColumn) {
			return;
		}
		int highest = this.highestLevel;
		new ColourScale(new ColourScale.Point(0, LevelColours.fill(0, highest)),
				new ColourScale.Point(highest, LevelColours.fill(highest, highest)))
			.applyTo(sheet, firstRow, lastRow, firstColumn, lastColumn);
		int firstOnStrongFill = 0;
		while (firstOnStrongFill <= highest && !LevelColours.lightText(firstOnStrongFill, highest)) {
			firstOnStrongFill++;
		}
		String topLeft = new CellReference(firstRow, firstColumn).formatAsString();
		String strong = String.valueOf(firstOnStrongFill);
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule onStrong = formatting
			.createConditionalFormattingRule("AND(ISNUMBER(" + topLeft + ")," + topLeft + ">=" + strong + ")");
		onStrong.createFontFormatting().setFontColor(new XSSFColor(Color.WHITE, null));
		ConditionalFormattingRule onLight = formatting
			.createConditionalFormattingRule("AND(ISNUMBER(" + topLeft + ")," + topLeft + "<" + strong + ")");
		onLight.createFontFormatting().setFontColor(new XSSFColor(Color.BLACK, null));
		formatting.addConditionalFormatting(
				new CellRangeAddress[] { new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn) }, onStrong,
				onLight);
	}

	/** The heatmap style of a level of the scale. */
	CellStyle level(int level) {
		return this.levels.get(level);
	}

	CellStyle status(CoverageStatus status) {
		return this.statuses.get(status);
	}

	/** A count (e.g. of practitioners) centred on the fill of its coverage status. */
	CellStyle statusCount(CoverageStatus status) {
		return this.statusCounts.get(status);
	}

	private CellStyle style(Font font) {
		CellStyle style = this.workbook.createCellStyle();
		style.setFont(font == null ? this.plain : font);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private CellStyle numeric(CellStyle style, String format) {
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static CellStyle left(CellStyle style) {
		style.setAlignment(HorizontalAlignment.LEFT);
		return style;
	}

	private static CellStyle centred(CellStyle style) {
		style.setAlignment(HorizontalAlignment.CENTER);
		return style;
	}

	/**
	 * White hairlines around a heatmap cell, so neighbours of the same level still read as separate cells. The
	 * border is built once per workbook and shared by every tile: each border setter of POI builds a border and
	 * compares it with every one the workbook has, eight times per style.
	 */
	private CellStyle tile(CellStyle style) {
		XSSFCellStyle tile = (XSSFCellStyle) style;
		if (this.tileBorderId >= 0) {
			tile.getCoreXf().setBorderId(this.tileBorderId);
			tile.getCoreXf().setApplyBorder(true);
			return tile;
		}
		XSSFColor white = new XSSFColor(Color.WHITE, null);
		for (BorderSide side : BorderSide.values()) {
			tile.setBorderColor(side, white);
		}
		tile.setBorderTop(BorderStyle.THIN);
		tile.setBorderBottom(BorderStyle.THIN);
		tile.setBorderLeft(BorderStyle.THIN);
		tile.setBorderRight(BorderStyle.THIN);
		this.tileBorderId = tile.getCoreXf().getBorderId();
		return tile;
	}

	private static CellStyle filled(CellStyle style, Color colour) {
		((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(colour, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private Font font(boolean bold, boolean italic, Color colour, int points) {
		Font font = this.workbook.createFont();
		font.setFontName(TYPEFACE);
		font.setBold(bold);
		font.setItalic(italic);
		font.setFontHeightInPoints((short) points);
		if (colour != null) {
			((XSSFFont) font).setColor(new XSSFColor(colour, null));
		}
		return font;
	}

}
