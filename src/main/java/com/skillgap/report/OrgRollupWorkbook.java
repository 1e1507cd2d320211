package com.skillgap.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.OrgRollup;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * Writes {@code org-<quarter>-rollup.xlsx}, the organisation's view of a run, streamed, styled and formula-safe like
 * the team workbooks:
 * <ul>
 * <li>{@code Summary}: quarter, matrix, teams, people, the org's average fit per role and hybrids, and the
 * responsibilities most teams lack;</li>
 * <li>{@code Teams}: the teams side by side (people, average fit per role on a colour scale, uncovered and
 * single-point-of-failure responsibilities, hybrids), filterable, with the org's line below;</li>
 * <li>{@code Coverage}: teams × responsibilities, each team's practitioners on the colour of its coverage status;</li>
 * <li>{@code Responsibilities}: each responsibility across the org: practitioners, and the teams where it is uncovered
 * or rests on one person.</li>
 * </ul>
 */
public final class OrgRollupWorkbook {

	private static final int ROWS_IN_MEMORY = 100;

	/** How many responsibilities the summary names as the ones most teams lack. */
	private static final int MOST_LACKED = 5;

	/** Fits from the bottom of "Developing" (red) through "Close" (yellow) to "Ready" (green). */
	private static final ColourScale FIT_SCALE = new ColourScale(
			new ColourScale.Point(50, new Color(0xF4, 0xC7, 0xC3)),
			new ColourScale.Point(70, new Color(0xFF, 0xF2, 0xCC)),
			new ColourScale.Point(90, new Color(0xB7, 0xE1, 0xCD)));

	/** Writes the workbook to {@code out}, which is left open for the caller. */
	public void write(String quarter, OrgRollup rollup, OutputStream out) throws IOException {
		Matrix matrix = rollup.matrix();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			try {
				WorkbookStyles styles = new WorkbookStyles(workbook, matrix.scale());
				Sheets sheets = new Sheets(workbook, styles, quarter, matrix, rollup);
				sheets.summary();
				sheets.teams();
				sheets.coverage();
				sheets.responsibilities();
				workbook.write(out);
			}
			finally {
				workbook.dispose();
			}
		}
	}

	private record Sheets(SXSSFWorkbook workbook, WorkbookStyles styles, String quarter, Matrix matrix,
			OrgRollup rollup) {

		void summary() {
			SheetWriter sheet = new SheetWriter(sheet("Summary"), this.styles).widths(44, 40);
			sheet.row().height(20).text("Skills across the organisation", this.styles.title);
			sheet.skipRow();
			sheet.row().text("Quarter", this.styles.label).text(this.quarter);
			sheet.row().text("Matrix", this.styles.label).text(this.matrix.id());
			sheet.row().text("Matrix version", this.styles.label).text(this.matrix.version());
			sheet.row().text("Teams", this.styles.label).number(this.rollup.teams().size(), this.styles.figure);
			sheet.row().text("People", this.styles.label).number(this.rollup.people(), this.styles.figure);
			for (Role role : this.matrix.roles()) {
				SheetWriter.RowWriter row = sheet.row().text("Average fit: " + role.name(), this.styles.label);
				if (this.rollup.averageFit().containsKey(role.id())) {
					row.rounded(this.rollup.averageFit().get(role.id()), this.styles.figureDecimal);
				}
				else {
					row.text("nobody counted", this.styles.absentText);
				}
			}
			sheet.row().text("Hybrids", this.styles.label).number(this.rollup.hybrids(), this.styles.figure);
			sheet.row()
				.text("Teams with an uncovered responsibility", this.styles.label)
				.number(this.rollup.teams().stream().filter(team -> team.uncovered() > 0).count(), this.styles.figure);
			sheet.row()
				.text("Teams with a single point of failure", this.styles.label)
				.number(this.rollup.teams().stream().filter(team -> team.singlePointsOfFailure() > 0).count(),
						this.styles.figure);
			sheet.skipRow();
			sheet.row().text("Most often uncovered or resting on one person", this.styles.label);
			List<OrgRollup.ResponsibilityLine> lacked = this.rollup.responsibilities()
				.stream()
				.filter(line -> line.teamsUncovered() + line.teamsWithOnePractitioner() > 0)
				.sorted(Comparator
					.comparingLong((OrgRollup.ResponsibilityLine line) -> line.teamsUncovered()
							+ line.teamsWithOnePractitioner())
					.reversed()
					.thenComparing(Comparator.comparingLong(OrgRollup.ResponsibilityLine::teamsUncovered).reversed()))
				.limit(MOST_LACKED)
				.toList();
			for (OrgRollup.ResponsibilityLine line : lacked) {
				sheet.row()
					.text(line.responsibility().name())
					.text(plural(line.teamsUncovered(), "team") + " uncovered, "
							+ plural(line.teamsWithOnePractitioner(), "team") + " with one practitioner");
			}
			if (lacked.isEmpty()) {
				sheet.row().text("Every team has at least two practitioners of every responsibility.",
						this.styles.absentText);
			}
		}

		void teams() {
			List<Role> roles = this.matrix.roles();
			int columns = 5 + roles.size();
			int[] widths = new int[columns];
			Arrays.fill(widths, 16);
			widths[0] = 34;
			SheetWriter sheet = new SheetWriter(sheet("Teams"), this.styles).widths(widths);
			SheetWriter.RowWriter header = sheet.row().height(32).heading("Team").numberHeading("People");
			for (Role role : roles) {
				header.numberHeading("Average fit " + role.name());
			}
			header.numberHeading("Uncovered").numberHeading("Single points of failure").numberHeading("Hybrids");
			for (OrgRollup.TeamLine team : this.rollup.teams()) {
				SheetWriter.RowWriter row = sheet.row().text(team.teamName()).number(team.people());
				for (Role role : roles) {
					row.roundedOrBlank(team.averageFit().get(role.id()));
				}
				row.number(team.uncovered(), this.styles.integer)
					.number(team.singlePointsOfFailure(), this.styles.integer)
					.number(team.hybrids(), this.styles.integer);
			}
			int lastTeamRow = sheet.nextRow() - 1;
			FIT_SCALE.applyTo(sheet.sheet(), 1, lastTeamRow, 2, 1 + roles.size());
			sheet.filterAndFreeze(columns);
			sheet.sheet().createFreezePane(1, 1);
			// below the filtered rows, so sorting the teams leaves the org's line where it is
			sheet.skipRow();
			SheetWriter.RowWriter org = sheet.row()
				.text("Whole org, " + this.quarter, this.styles.label)
				.number(this.rollup.people());
			for (Role role : roles) {
				org.roundedOrBlank(this.rollup.averageFit().get(role.id()));
			}
			org.blank().blank().number(this.rollup.hybrids());
			sheet.row().text("Matrix " + this.matrix.id() + ", version " + this.matrix.version(), this.styles.absentText);
		}

		void coverage() {
			List<Responsibility> responsibilities = this.matrix.responsibilities();
			int[] widths = new int[1 + responsibilities.size()];
			Arrays.fill(widths, 7);
			widths[0] = 34;
			SheetWriter sheet = new SheetWriter(sheet("Coverage"), this.styles).widths(widths);
			SheetWriter.RowWriter header = sheet.row().height(130).heading("Team");
			responsibilities.forEach(responsibility -> header.text(responsibility.name(), this.styles.verticalHeader));
			for (OrgRollup.TeamLine team : this.rollup.teams()) {
				SheetWriter.RowWriter row = sheet.row().text(team.teamName());
				for (int i = 0; i < responsibilities.size(); i++) {
					row.number(team.practitioners().get(i), this.styles.statusCount(team.coverage().get(i)));
				}
			}
			sheet.filterAndFreeze(1 + responsibilities.size());
			sheet.sheet().createFreezePane(1, 1);
			sheet.skipRow();
			sheet.row()
				.text("Each cell: the team's practitioners of the responsibility, on the colour of its status: "
						+ Arrays.stream(CoverageStatus.values())
							.map(status -> status.label().toLowerCase(Locale.ROOT))
							.reduce((first, second) -> first + ", " + second)
							.orElseThrow()
						+ ".", this.styles.absentText);
		}

		void responsibilities() {
			SheetWriter sheet = new SheetWriter(sheet("Responsibilities"), this.styles).widths(34, 26, 14, 16, 22);
			sheet.row()
				.height(32)
				.heading("Responsibility")
				.heading("Area")
				.numberHeading("Practitioners")
				.numberHeading("Teams uncovered")
				.numberHeading("Teams with one practitioner");
			for (OrgRollup.ResponsibilityLine line : this.rollup.responsibilities()) {
				sheet.row()
					.text(line.responsibility().name())
					.text(line.responsibility().area())
					.number(line.practitioners())
					.number(line.teamsUncovered())
					.number(line.teamsWithOnePractitioner());
			}
			sheet.filterAndFreeze(5);
		}

		private Sheet sheet(String name) {
			return SheetWriter.printableSheet(this.workbook, name);
		}

		private static String plural(long count, String noun) {
			return count + " " + noun + (count == 1 ? "" : "s");
		}

	}

}
