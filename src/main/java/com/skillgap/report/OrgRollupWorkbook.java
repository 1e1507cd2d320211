package com.skillgap.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.skillgap.analysis.OrgRollup;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Role;

/**
 * Writes {@code org-<quarter>-rollup.xlsx}: sheet {@code Teams} (the run's teams side by side: people, average fit per
 * role, uncovered and single-point-of-failure responsibilities, hybrids, with the org's totals on top) and sheet
 * {@code Responsibilities} (each responsibility across the org: practitioners, teams where it is uncovered). Streamed,
 * styled and formula-safe like the team workbooks.
 */
public final class OrgRollupWorkbook {

	private static final int ROWS_IN_MEMORY = 100;

	/** Writes the workbook to {@code out}, which is left open for the caller. */
	public void write(String quarter, Matrix matrix, OrgRollup rollup, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			try {
				WorkbookStyles styles = new WorkbookStyles(workbook, matrix.scale());
				teams(new SheetWriter(SheetWriter.printableSheet(workbook, "Teams"), styles), styles, quarter, matrix, rollup);
				responsibilities(new SheetWriter(SheetWriter.printableSheet(workbook, "Responsibilities"), styles), rollup);
				workbook.write(out);
			}
			finally {
				workbook.dispose();
			}
		}
	}

	private static void teams(SheetWriter sheet, WorkbookStyles styles, String quarter, Matrix matrix,
			OrgRollup rollup) {
		List<Role> roles = matrix.roles();
		int[] widths = new int[5 + roles.size()];
		Arrays.fill(widths, 16);
		widths[0] = 34;
		sheet.widths(widths);
		SheetWriter.RowWriter header = sheet.row().height(32).heading("Team").numberHeading("People");
		for (Role role : roles) {
			header.numberHeading("Average fit " + role.name());
		}
		header.numberHeading("Uncovered").numberHeading("Single points of failure").numberHeading("Hybrids");
		for (OrgRollup.TeamLine team : rollup.teams()) {
			SheetWriter.RowWriter row = sheet.row().text(team.teamName()).number(team.people());
			for (Role role : roles) {
				row.roundedOrBlank(team.averageFit().get(role.id()));
			}
			row.number(team.uncovered(), styles.integer)
				.number(team.singlePointsOfFailure(), styles.integer)
				.number(team.hybrids(), styles.integer);
		}
		sheet.filterAndFreeze(5 + roles.size());
		// Below the filtered rows, so sorting the teams leaves the org's totals where they are.
		sheet.skipRow();
		SheetWriter.RowWriter org = sheet.row().text("Whole org, " + quarter, styles.label).number(rollup.people());
		for (Role role : roles) {
			org.roundedOrBlank(rollup.averageFit().get(role.id()));
		}
		org.blank().blank().number(rollup.hybrids());
		sheet.row().text("Matrix " + matrix.id() + ", version " + matrix.version(), styles.absentText);
	}

	private static void responsibilities(SheetWriter sheet, OrgRollup rollup) {
		sheet.widths(34, 26, 14, 16);
		sheet.row()
			.heading("Responsibility")
			.heading("Area")
			.numberHeading("Practitioners")
			.numberHeading("Teams uncovered");
		for (OrgRollup.ResponsibilityLine line : rollup.responsibilities()) {
			sheet.row()
				.text(line.responsibility().name())
				.text(line.responsibility().area())
				.number(line.practitioners())
				.number(line.teamsUncovered());
		}
		sheet.filterAndFreeze(4);
	}

}
