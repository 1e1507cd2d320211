package com.skillgap.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * The {@code Heatmap} sheet: one row per member, one column per responsibility in matrix order, the assessed level
 * as a number on a light-to-strong fill. The fill is a conditional colour scale, so a corrected level is recoloured;
 * the cells also carry the same fill as a style, for viewers without conditional formatting. Above the members: the
 * areas, the level each role requires and the responsibility names, which carry the autofilter; they and the name
 * column stay in view when scrolling. A level nobody assessed shows a grey {@code n/a} text, never 0.
 */
final class HeatmapSheet {

	private static final int NAME_WIDTH = 34;

	private static final int LEVEL_WIDTH = 7;

	private static final float NAME_ROW_HEIGHT = 130;

	private final Matrix matrix;

	private final TeamAnalysis analysis;

	private final WorkbookStyles styles;

	HeatmapSheet(Matrix matrix, TeamAnalysis analysis, WorkbookStyles styles) {
		this.matrix = matrix;
		this.analysis = analysis;
		this.styles = styles;
	}

	void write(Sheet target) {
		List<Responsibility> responsibilities = this.matrix.responsibilities();
		SheetWriter sheet = new SheetWriter(target, this.styles);
		target.setColumnWidth(0, NAME_WIDTH * 256);
		for (int column = 1; column <= responsibilities.size(); column++) {
			target.setColumnWidth(column, LEVEL_WIDTH * 256);
		}
		areas(sheet, responsibilities);
		for (Role role : this.matrix.roles()) {
			SheetWriter.RowWriter required = sheet.row().text("Required: " + role.name(), this.styles.requiredLabel);
			for (Responsibility responsibility : responsibilities) {
				if (responsibility.isRequiredBy(role.id())) {
					required.number(responsibility.requiredBy(role.id()), this.styles.requiredLevel);
				}
				else {
					required.blank(this.styles.requiredLevel);
				}
			}
		}
		int namesRow = sheet.nextRow();
		SheetWriter.RowWriter names = sheet.row().height(NAME_ROW_HEIGHT).text("Name", this.styles.header);
		responsibilities.forEach(responsibility -> names.text(responsibility.name(), this.styles.verticalHeader));
		int firstMemberRow = sheet.nextRow();
		target.createFreezePane(1, firstMemberRow);
		for (MemberAnalysis member : this.analysis.members()) {
			SheetWriter.RowWriter row = sheet.row().text(member.person().name());
			for (Responsibility responsibility : responsibilities) {
				Integer level = member.person().levels().get(responsibility.id());
				if (level == null) {
					row.text("n/a", this.styles.notAssessedLevel);
				}
				else {
					row.number(level, this.styles.level(level));
				}
			}
		}
		int lastMemberRow = sheet.nextRow() - 1;
		this.styles.colourLevels(target, firstMemberRow, lastMemberRow, 1, responsibilities.size());
		target.setAutoFilter(new CellRangeAddress(namesRow, Math.max(namesRow, lastMemberRow), 0, responsibilities.size()));
	}

	/** The area row: each area's name over its run of adjacent columns. */
	private void areas(SheetWriter sheet, List<Responsibility> responsibilities) {
		int rowIndex = sheet.nextRow();
		SheetWriter.RowWriter row = sheet.row().height(30).text("Area", this.styles.header);
		int runStart = 1;
		for (int i = 0; i < responsibilities.size(); i++) {
			String area = responsibilities.get(i).area();
			boolean runStarts = i == 0 || !area.equals(responsibilities.get(i - 1).area());
			if (runStarts) {
				mergeRun(sheet, rowIndex, runStart, i);
				runStart = i + 1;
				row.text(area, this.styles.area);
			}
			else {
				row.blank(this.styles.area);
			}
		}
		mergeRun(sheet, rowIndex, runStart, responsibilities.size());
	}

	private static void mergeRun(SheetWriter sheet, int rowIndex, int firstColumn, int lastColumn) {
		if (lastColumn > firstColumn) {
			sheet.sheet().addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, firstColumn, lastColumn));
		}
	}

}
