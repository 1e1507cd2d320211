package com.skillgap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openpdf.text.PageSize;

import com.skillgap.analysis.CoverageChange;
import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.Fraction;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.MemberTrend;
import com.skillgap.analysis.NextHire;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.analysis.TeamTrend;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * The pages of a team PDF about the team's direction: what changed since the previous quarter, and the next hire.
 * Each member's learning plan is on their own page ({@link MemberPages}).
 */
final class GuidancePages {

	private final TeamReportContent content;

	private final TeamAnalysis analysis;

	private final Matrix matrix;

	private final PdfFonts fonts;

	private final PdfFlow flow;

	GuidancePages(TeamReportContent content, PdfFonts fonts, PdfFlow flow) {
		this.content = content;
		this.analysis = content.analysis();
		this.matrix = content.matrix();
		this.fonts = fonts;
		this.flow = flow;
	}

	void write() {
		this.flow.startPage(PageSize.A4);
		trend();
		if (this.content.trend() != null) {
			this.flow.startPage(PageSize.A4);
		}
		nextHire();
	}

	private void trend() {
		this.flow.section("Since the previous quarter");
		TrendView view = this.content.trend();
		if (view == null) {
			this.flow.body("This is the team's first analysed quarter: there is no earlier quarter to compare with. "
					+ "Next quarter's report will show what changed.");
			return;
		}
		TeamTrend trend = view.trend();
		this.flow.note("Compared with " + trend.previousQuarter() + ": each figure then → now, and the change, which "
				+ "is the difference of the exact figures rounded once; people are matched by email, else by name.");
		view.scope(this.matrix).ifPresent(this.flow::note);
		PdfReportTable team = new PdfReportTable(this.fonts, new float[] { 62, 38 }, 1);
		for (Role role : this.matrix.roles()) {
			team.text("Average fit, " + role.name() + ": then → now (change)")
				.figures(thenNowChange(trend.previousAverageFit().get(role.id()), trend.averageFitChange().get(role.id())));
		}
		team.text("Joined").text(namesOrNobody(trend.joined()));
		team.text("Left").text(namesOrNobody(trend.left()));
		this.flow.add(team.table());
		TrendChart chart = new TrendChart(this.matrix.roles(), this.analysis, view, this.content.quarter());
		if (chart.hasFigures()) {
			chart.caption().ifPresent(this.flow::note);
			for (TrendChart block : chart.blocks()) {
				this.flow.vectorDrawing(block.height(), block::draw);
			}
		}

		this.flow.subheading("Coverage that changed");
		PdfReportTable coverage = new PdfReportTable(this.fonts, new float[] { 46, 27, 27 });
		coverage.headings("Responsibility", "From", "To");
		for (CoverageChange change : trend.coverageChanges()) {
			coverage.text(change.responsibility().name())
				.filled(change.from().label(), CoverageStatusColours.of(change.from()))
				.filled(change.to().label(), CoverageStatusColours.of(change.to()));
		}
		if (trend.coverageChanges().isEmpty()) {
			coverage.remark("No responsibility changed its coverage status.");
		}
		this.flow.add(coverage.table());

		this.flow.subheading("People");
		List<Role> roles = this.matrix.roles();
		List<Float> widths = new ArrayList<>(List.of(22f));
		List<String> headings = new ArrayList<>(List.of("Name"));
		int[] numeric = new int[roles.size()];
		for (int i = 0; i < roles.size(); i++) {
			numeric[i] = headings.size();
			widths.add(17f);
			headings.add(roles.get(i).name() + " fit: then → now");
		}
		widths.addAll(List.of(22f, 22f));
		headings.addAll(List.of("Gaps closed", "New gaps"));
		PdfReportTable people = new PdfReportTable(this.fonts, PdfReportTable.widths(widths), numeric);
		people.headings(headings.toArray(String[]::new));
		for (int i = 0; i < this.analysis.members().size(); i++) {
			MemberAnalysis member = this.analysis.members().get(i);
			MemberTrend change = trend.members().get(i);
			people.text(member.person().name());
			if (change == null) {
				for (int cell = 1; cell < headings.size(); cell++) {
					people.absent(cell == 1 ? "joined" : "—");
				}
				continue;
			}
			for (Role role : roles) {
				people.figures(thenNowChange(change.previousFit().get(role.id()), change.fitChange().get(role.id())));
			}
			people.text(names(change.gapsClosed())).text(names(change.newGaps()));
		}
		this.flow.add(people.table());
	}

	private void nextHire() {
		this.flow.section("Next hire");
		NextHire hire = this.analysis.nextHire();
		if (hire == null) {
			this.flow.body("Every responsibility has at least two practitioners: no hire is needed to cover the "
					+ "matrix.");
			return;
		}
		this.flow.body("Suggested role: " + hire.role().name() + ". Of the responsibilities nobody, or only one "
				+ "member, practises, it requires the most weight (" + this.matrix.roles()
					.stream()
					.map(role -> role.name() + " " + hire.responsibilities()
						.stream()
						.filter(responsibility -> responsibility.isRequiredBy(role.id()))
						.mapToInt(Responsibility::weight)
						.sum())
					.collect(Collectors.joining(" · ")) + "):");
		PdfReportTable table = new PdfReportTable(this.fonts, new float[] { 44, 12, 26, 18 }, 1, 3);
		table.headings("Responsibility", "Weight", "Status", "Required by " + hire.role().name());
		for (Responsibility responsibility : hire.responsibilities()) {
			CoverageEntry coverage = this.analysis.coverage(responsibility);
			table.text(responsibility.name())
				.text(String.valueOf(responsibility.weight()))
				.filled(coverage.status().label(), CoverageStatusColours.of(coverage.status()));
			int required = responsibility.requiredBy(hire.role().id());
			if (required > 0) {
				table.text(String.valueOf(required));
			}
			else {
				table.absent("—");
			}
		}
		this.flow.add(table.table());
	}

	/** {@code 65.0 → 73.3 (+8.3)}: both values and the change, each the exact figure rounded once. */
	private static String thenNowChange(Fraction then, Fraction change) {
		if (then == null || change == null) {
			return "—";
		}
		return then.rounded().toPlainString() + " → " + then.plus(change).rounded().toPlainString() + " ("
				+ signed(change) + ")";
	}

	/** A change with its sign: {@code +2.5}, {@code -0.4}, {@code 0.0}. */
	private static String signed(Fraction change) {
		if (change == null) {
			return "—";
		}
		String shown = change.rounded().toPlainString();
		return change.rounded().signum() > 0 ? "+" + shown : shown;
	}

	private static String names(List<Responsibility> responsibilities) {
		return responsibilities.isEmpty() ? "—"
				: responsibilities.stream().map(Responsibility::name).collect(Collectors.joining(", "));
	}

	private static String namesOrNobody(List<String> names) {
		return names.isEmpty() ? "nobody" : String.join(", ", names);
	}

}
