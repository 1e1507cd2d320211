package com.skillgap.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.Fraction;
import com.skillgap.analysis.Gap;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.intake.DataIssue;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Role;

/**
 * Writes one team's Excel gap report, streamed (SXSSF) so memory stays flat however many teams a run writes. Sheets,
 * in this order: {@code Summary} (key figures and each person's fit), {@code People} (every member, to filter and
 * sort), {@code Heatmap} (assessed levels, person × responsibility), {@code Gaps} (every gap of every member against
 * their target role, by priority), {@code Coverage}, {@code Trend}, {@code Mentors}, {@code Next hire} (see
 * {@link GuidanceSheets}), {@code Issues} and {@code Matrix} (the matrix used).
 * <p>
 * Numbers are numeric cells; fits, averages, completeness and team levels hold the value rounded half-up to one
 * decimal, formatted {@code 0.0}. "Not assessed" is always text, never 0. No cell is a formula, and text that could
 * be read as one is neutralised (see {@link com.skillgap.workbook.SpreadsheetText}). Instances hold no state and may
 * be shared between threads.
 */
public final class TeamReportWorkbook {

	/** Rows a streaming sheet keeps in memory before flushing the oldest to a temporary file. */
	private static final int ROWS_IN_MEMORY = 100;

	private static final String NOT_ASSESSED = "not assessed";

	/** Writes the workbook to {@code out}, which is left open for the caller. */
	public void write(TeamReportContent content, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			try {
				WorkbookStyles styles = new WorkbookStyles(workbook, content.matrix().scale());
				new Sheets(content, workbook, styles).write();
				workbook.write(out);
			}
			finally {
				workbook.dispose();
			}
		}
	}

	/** The sheets of one workbook, in order. */
	private static final class Sheets {

		private final TeamReportContent content;

		private final TeamAnalysis analysis;

		private final Matrix matrix;

		private final SXSSFWorkbook workbook;

		private final WorkbookStyles styles;

		Sheets(TeamReportContent content, SXSSFWorkbook workbook, WorkbookStyles styles) {
			this.content = content;
			this.analysis = content.analysis();
			this.matrix = content.matrix();
			this.workbook = workbook;
			this.styles = styles;
		}

		void write() {
			summary();
			new PeopleSheet(this.analysis, this.matrix, this.styles).write(sheet("People"));
			new HeatmapSheet(this.matrix, this.analysis, this.styles).write(sheet("Heatmap"));
			gaps();
			coverage();
			new GuidanceSheets(this.content, this.workbook, this.styles).write();
			issues();
			new MatrixSheet(this.matrix, this.styles).write(sheet("Matrix"));
		}

		private void summary() {
			List<Role> roles = this.matrix.roles();
			int[] widths = new int[6 + 2 * roles.size()];
			Arrays.fill(widths, 12);
			widths[0] = 40;
			widths[1] = 24;
			for (int role = 0; role < roles.size(); role++) {
				widths[3 + 2 * role] = 17;
			}
			widths[widths.length - 4] = 18;
			widths[widths.length - 2] = 18;
			widths[widths.length - 1] = 15;
			SheetWriter sheet = new SheetWriter(sheet("Summary"), this.styles).widths(widths);
			sheet.row().height(20).text("Skills gap report", this.styles.title);
			sheet.skipRow();
			sheet.row().text("Team", this.styles.label).text(this.analysis.team().name());
			sheet.row().text("Quarter", this.styles.label).text(this.content.quarter());
			sheet.row().text("Matrix", this.styles.label).text(this.matrix.id());
			sheet.row().text("Matrix version", this.styles.label).text(this.matrix.version());
			sheet.row().text("People", this.styles.label).number(this.analysis.members().size(), this.styles.figure);
			for (Role role : roles) {
				SheetWriter.RowWriter row = sheet.row().text("Average fit: " + role.name(), this.styles.label);
				Fraction average = this.analysis.averageFit(role);
				if (average == null) {
					row.blank();
				}
				else {
					row.rounded(average, this.styles.figureDecimal);
				}
			}
			sheet.row().text("Hybrids", this.styles.label).number(this.analysis.hybrids(), this.styles.figure);
			for (CoverageStatus status : CoverageStatus.values()) {
				long count = this.analysis.count(status);
				// a count of 0 is not a warning: only what there is gets the colour of its status
				sheet.row()
					.text("Responsibilities: " + status.label().toLowerCase(Locale.ROOT), this.styles.label)
					.number(count, count > 0 ? this.styles.status(status) : this.styles.figure);
			}
			sheet.row()
				.text("Data issues", this.styles.label)
				.number(this.content.issues().size(), this.styles.figure);
			sheet.skipRow();

			SheetWriter.RowWriter header = sheet.row().height(32).heading("Name").heading("Current role");
			for (Role role : roles) {
				header.numberHeading("Fit " + role.name()).heading("Readiness " + role.name());
			}
			header.heading("Best fit").heading("Hybrid").heading("Target role").numberHeading("Completeness %");
			for (MemberAnalysis member : this.analysis.members()) {
				SheetWriter.RowWriter row = sheet.row()
					.text(member.person().name())
					.textOr(member.person().currentRole(), "—");
				for (RoleFit fit : member.fits()) {
					row.rounded(fit.fit()).text(fit.readiness().label());
				}
				row.text(member.bestFit().name())
					.text(member.hybrid() ? "yes" : "no")
					.text(member.targetRole().name())
					.rounded(member.completeness());
			}
		}

		private void gaps() {
			SheetWriter sheet = new SheetWriter(sheet("Gaps"), this.styles).widths(28, 18, 32, 24, 10, 13, 8, 9, 10);
			sheet.row()
				.heading("Person")
				.heading("Target role")
				.heading("Responsibility")
				.heading("Area")
				.numberHeading("Required")
				.numberHeading("Actual")
				.numberHeading("Gap")
				.numberHeading("Weight")
				.numberHeading("Priority");
			for (MemberGap entry : allGaps()) {
				Gap gap = entry.gap();
				SheetWriter.RowWriter row = sheet.row()
					.text(entry.member().person().name())
					.text(entry.member().targetRole().name())
					.text(gap.responsibility().name())
					.text(gap.responsibility().area())
					.number(gap.required());
				if (gap.actual() == null) {
					row.absentNumber(NOT_ASSESSED);
				}
				else {
					row.number(gap.actual());
				}
				row.number(gap.gap()).number(gap.responsibility().weight()).number(gap.priority());
			}
			sheet.filterAndFreeze(9);
		}

		/** A gap with the member it belongs to. */
		private record MemberGap(MemberAnalysis member, Gap gap) {
		}

		/**
		 * Every gap of every member against their target role, highest priority first, then the largest gap, then
		 * by person and responsibility.
		 */
		private List<MemberGap> allGaps() {
			List<MemberGap> gaps = new ArrayList<>();
			for (MemberAnalysis member : this.analysis.members()) {
				member.gaps().forEach(gap -> gaps.add(new MemberGap(member, gap)));
			}
			gaps.sort(Comparator.comparingInt((MemberGap entry) -> entry.gap().priority())
				.reversed()
				.thenComparing(Comparator.comparingInt((MemberGap entry) -> entry.gap().gap()).reversed())
				.thenComparing(entry -> entry.member().person().name())
				.thenComparing(entry -> entry.gap().responsibility().id()));
			return gaps;
		}

		private void coverage() {
			SheetWriter sheet = new SheetWriter(sheet("Coverage"), this.styles).widths(34, 26, 13, 24, 12, 10);
			sheet.row()
				.heading("Responsibility")
				.heading("Area")
				.numberHeading("Practitioners")
				.heading("Status")
				.numberHeading("Team level")
				.numberHeading("Assessed");
			for (CoverageEntry entry : this.analysis.coverage()) {
				SheetWriter.RowWriter row = sheet.row()
					.text(entry.responsibility().name())
					.text(entry.responsibility().area())
					.number(entry.practitioners())
					.text(entry.status().label(), this.styles.status(entry.status()));
				if (entry.teamLevel() == null) {
					row.absentNumber(NOT_ASSESSED);
				}
				else {
					row.rounded(entry.teamLevel());
				}
				row.number(entry.assessed());
			}
			sheet.filterAndFreeze(6);
		}

		private void issues() {
			SheetWriter sheet = new SheetWriter(sheet("Issues"), this.styles).widths(10, 34, 14, 8, 8, 90);
			sheet.row()
				.heading("Severity")
				.heading("File")
				.heading("Sheet")
				.heading("Cell")
				.numberHeading("Row")
				.heading("Message");
			for (DataIssue issue : this.content.issues()) {
				SheetWriter.RowWriter row = sheet.row()
					.text(issue.severity().code())
					.text(issue.file())
					.textOrBlank(issue.sheet())
					.textOrBlank(issue.cell());
				if (issue.row() == null) {
					row.blank();
				}
				else {
					row.number(issue.row());
				}
				row.text(issue.message());
			}
			sheet.filterAndFreeze(6);
			if (this.content.issues().isEmpty()) {
				// below the filter range, so it reads as a remark rather than as an issue
				sheet.skipRow();
				sheet.row().text("No data issues: every row and cell of this team was used.", this.styles.absentText);
			}
		}

		/** A new sheet that prints on A4 landscape, scaled to one page wide, as managers print the workbook too. */
		private Sheet sheet(String name) {
			return SheetWriter.printableSheet(this.workbook, name);
		}

	}

}
