package com.skillgap.report;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Workbook;

import com.skillgap.analysis.CoverageChange;
import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.Gap;
import com.skillgap.analysis.LearningStep;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.MemberTrend;
import com.skillgap.analysis.NextHire;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.analysis.TeamTrend;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * The sheets of a team workbook that say what to do next: {@code Trend} (against the previous quarter),
 * {@code Mentors} (each member's learning plan with a mentor per top gap) and {@code Next hire}.
 */
final class GuidanceSheets {

	/** Characters of a suggestion that fit on one line of its column. */
	private static final int SUGGESTION_LINE = 85;

	private final TeamReportContent content;

	private final TeamAnalysis analysis;

	private final Matrix matrix;

	private final Workbook workbook;

	private final WorkbookStyles styles;

	GuidanceSheets(TeamReportContent content, Workbook workbook, WorkbookStyles styles) {
		this.content = content;
		this.analysis = content.analysis();
		this.matrix = content.matrix();
		this.workbook = workbook;
		this.styles = styles;
	}

	void write() {
		trend();
		mentors();
		nextHire();
	}

	private void trend() {
		List<Role> roles = this.matrix.roles();
		int[] widths = new int[3 + 2 * roles.size()];
		Arrays.fill(widths, 24);
		widths[0] = 34;
		widths[widths.length - 2] = 40;
		widths[widths.length - 1] = 40;
		SheetWriter sheet = new SheetWriter(SheetWriter.printableSheet(this.workbook, "Trend"), this.styles)
			.widths(widths);
		TrendView view = this.content.trend();
		sheet.row().height(20).text("Since the previous quarter", this.styles.title);
		if (view == null) {
			sheet.row().text("This is the team's first analysed quarter: there is no earlier quarter to compare with.");
			return;
		}
		TeamTrend trend = view.trend();
		sheet.row()
			.text("Compared with", this.styles.label)
			.text(trend.previousQuarter())
			.text("then, and the change since (exact figures, rounded once)", this.styles.absentText);
		view.scope(this.matrix).ifPresent(scope -> sheet.row().text("Matrix", this.styles.label).text(scope));
		for (Role role : roles) {
			sheet.row()
				.text("Average fit: " + role.name(), this.styles.label)
				.roundedOrBlank(trend.previousAverageFit().get(role.id()))
				.changeOrBlank(trend.averageFitChange().get(role.id()));
		}
		sheet.row().text("Joined", this.styles.label).text(namesOrNone(trend.joined()));
		sheet.row().text("Left", this.styles.label).text(namesOrNone(trend.left()));
		sheet.skipRow();
		sheet.row().heading("Coverage changed").heading("From").heading("To");
		for (CoverageChange change : trend.coverageChanges()) {
			sheet.row()
				.text(change.responsibility().name())
				.text(change.from().label(), this.styles.status(change.from()))
				.text(change.to().label(), this.styles.status(change.to()));
		}
		if (trend.coverageChanges().isEmpty()) {
			sheet.row().text("No responsibility changed its coverage status.", this.styles.absentText);
		}
		sheet.skipRow();
		SheetWriter.RowWriter header = sheet.row().height(32).heading("Person");
		for (Role role : roles) {
			header.numberHeading(role.name() + " fit " + trend.previousQuarter()).numberHeading("Change");
		}
		header.heading("Gaps closed").heading("New gaps");
		for (int i = 0; i < this.analysis.members().size(); i++) {
			MemberAnalysis member = this.analysis.members().get(i);
			MemberTrend change = trend.members().get(i);
			SheetWriter.RowWriter row = sheet.row().text(member.person().name());
			if (change == null) {
				row.text("joined this quarter", this.styles.absentText);
				continue;
			}
			for (Role role : roles) {
				row.roundedOrBlank(change.previousFit().get(role.id())).changeOrBlank(change.fitChange().get(role.id()));
			}
			row.text(names(change.gapsClosed())).text(names(change.newGaps()));
		}
	}

	private void mentors() {
		SheetWriter sheet = new SheetWriter(SheetWriter.printableSheet(this.workbook, "Mentors"), this.styles)
			.widths(26, 18, 30, 12, 6, 22, 80);
		sheet.row()
			.heading("Person")
			.heading("Target role")
			.heading("Responsibility")
			.numberHeading("From")
			.numberHeading("To")
			.heading("Mentor")
			.heading("Learning suggestions");
		for (MemberAnalysis member : this.analysis.members()) {
			if (this.analysis.learningPlan(member).isEmpty()) {
				sheet.row()
					.text(member.person().name())
					.text(member.targetRole().name())
					.text("nothing to learn: every required level is met", this.styles.absentText);
			}
			for (LearningStep step : this.analysis.learningPlan(member)) {
				Gap gap = step.gap();
				SheetWriter.RowWriter row = sheet.row()
					.lines(SheetWriter.wrappedLines(step.suggestions(), SUGGESTION_LINE))
					.text(member.person().name())
					.text(member.targetRole().name())
					.text(gap.responsibility().name());
				if (gap.actual() == null) {
					row.absentNumber("not assessed");
				}
				else {
					row.number(gap.actual());
				}
				row.number(gap.required())
					.textOr(step.mentor() == null ? null : step.mentor().name(), "nobody in the team")
					.text(String.join("\n", step.suggestions()), this.styles.wrappedText);
			}
		}
		sheet.filterAndFreeze(7);
	}

	private void nextHire() {
		SheetWriter sheet = new SheetWriter(SheetWriter.printableSheet(this.workbook, "Next hire"), this.styles)
			.widths(34, 26, 9, 24, 18, 18);
		sheet.row().height(20).text("Next hire", this.styles.title);
		NextHire hire = this.analysis.nextHire();
		if (hire == null) {
			sheet.row().text("Every responsibility has at least two practitioners: no hire is needed to cover the "
					+ "matrix.");
			return;
		}
		sheet.row().text("Suggested role", this.styles.label).text(hire.role().name());
		sheet.skipRow();
		SheetWriter.RowWriter header = sheet.row()
			.height(32)
			.heading("Responsibility")
			.heading("Area")
			.numberHeading("Weight")
			.heading("Status");
		for (Role role : this.matrix.roles()) {
			header.numberHeading("Required by " + role.name());
		}
		for (Responsibility responsibility : hire.responsibilities()) {
			CoverageEntry coverage = this.analysis.coverage(responsibility);
			SheetWriter.RowWriter row = sheet.row()
				.text(responsibility.name())
				.text(responsibility.area())
				.number(responsibility.weight())
				.text(coverage.status().label(), this.styles.status(coverage.status()));
			for (Role role : this.matrix.roles()) {
				int required = responsibility.requiredBy(role.id());
				if (required > 0) {
					row.number(required);
				}
				else {
					row.absentNumber("—");
				}
			}
		}
	}

	private static String names(List<Responsibility> responsibilities) {
		return responsibilities.isEmpty() ? "—"
				: responsibilities.stream().map(Responsibility::name).collect(Collectors.joining(", "));
	}

	private static String namesOrNone(List<String> names) {
		return names.isEmpty() ? "nobody" : String.join(", ", names);
	}

}
