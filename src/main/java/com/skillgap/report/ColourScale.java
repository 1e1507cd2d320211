package com.skillgap.report;

import java.awt.Color;
import java.util.List;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * A conditional colour scale over a range of number cells: the spreadsheet, not the writer, colours each cell by its
 * value, so a value a reader changes is recoloured. Text cells in the range (e.g. {@code n/a}) keep their own style.
 */
final class ColourScale {

	/** A value and the colour a cell of that value gets; values between points get a blend. */
	record Point(double value, Color colour) {
	}

	private final List<Point> points;

	ColourScale(Point... points) {
		if (points.length < 2 || points.length > 3) {
			throw new IllegalArgumentException("a colour scale has two or three points");
		}
		this.points = List.of(points);
	}

	/** Colours the cells of the range (0-based, inclusive); nothing when the range is empty, e.g. no rows. */
	void applyTo(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (lastRow < firstRow || lastColumn < firstColumn) {
			return;
		}
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
		ColorScaleFormatting scale = rule.getColorScaleFormatting();
		scale.setNumControlPoints(this.points.size());
		ConditionalFormattingThreshold[] thresholds = scale.getThresholds();
		XSSFColor[] colours = new XSSFColor[this.points.size()];
		for (int i = 0; i < colours.length; i++) {
			thresholds[i].setRangeType(RangeType.NUMBER);
			thresholds[i].setValue(this.points.get(i).value());
			colours[i] = new XSSFColor(this.points.get(i).colour(), null);
		}
		scale.setThresholds(thresholds);
		scale.setColors(colours);
		formatting.addConditionalFormatting(
				new CellRangeAddress[] { new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn) }, rule);
	}

}
