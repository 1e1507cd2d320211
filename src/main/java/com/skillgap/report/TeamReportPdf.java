package com.skillgap.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.Fraction;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.Readiness;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.intake.DataIssue;
import com.skillgap.intake.Severity;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Role;

/**
 * Writes one team's PDF gap report: title and key figures with the top risks, role fit per person (with everyone
 * placed by their fit for the two roles, {@link FitScatter}), team coverage ({@link CoverageChart}), the team level
 * against the required levels ({@link LevelChart}), the heatmap of everyone's levels ({@link HeatmapPages}), the trend
 * against the previous quarter ({@link TrendChart}) and the next hire ({@link GuidancePages}), a page per member
 * ({@link MemberPages}), and appendices of the data issues and of the matrix used ({@link MatrixAppendix}). A4
 * portrait, with the wide fit table, its chart and the heatmap on landscape pages. Charts are drawn as vectors. Every
 * number is shown rounded half-up to one decimal ({@link Fraction#rounded()}), and "not assessed" is never shown as 0.
 * <p>
 * The outline has a bookmark per section and, under the sections that list people, one per person
 * ({@link ReportOutline}); viewers open the report with the outline shown.
 * <p>
 * Instances hold no state and may be shared between threads.
 */
public final class TeamReportPdf {

	private static final String NOT_ASSESSED = "not assessed";

	private static final String BLANK = "—";

	/** Writes the report to {@code out}, which is left open for the caller. */
	public void write(TeamReportContent content, OutputStream out) throws IOException {
		PdfFonts fonts = new PdfFonts();
		Document document = newDocument();
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setCloseStream(false);
			// a chart that does not fit on the page moves to the next one, and what follows it stays after it
			writer.setStrictImageSequence(true);
			String team = content.analysis().team().name();
			writer.setPageEvent(new PdfPageHeaderFooter(team + " · " + content.quarter(), fonts));
			ReportOutline outline = new ReportOutline();
			writer.setPageEvent(outline);
			writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
			document.addTitle("Skills gap report: " + team + ", " + content.quarter());
			document.addSubject("Team skills against the " + roleNames(content.matrix()) + " roles (matrix "
					+ content.matrix().id() + ", version " + content.matrix().version() + ")");
			document.addCreator("Skillgap");
			document.setDocumentLanguage("en");
			document.open();
			new Pages(content, fonts, new PdfFlow(document, writer, fonts, outline)).write();
			document.close();
		}
		catch (ExceptionConverter ex) {
			if (ex.getException() instanceof IOException io) {
				throw io;
			}
			throw ex;
		}
	}

	/** A document of the reports' page size and margins. */
	static Document newDocument() {
		return new Document(PageSize.A4, 48, 48, 60, 56);
	}

	private static String roleNames(Matrix matrix) {
		return matrix.roles().stream().map(Role::name).collect(Collectors.joining(" and "));
	}

	/** The pages of one report, in reading order. */
	private static final class Pages {

		private final TeamReportContent content;

		private final TeamAnalysis analysis;

		private final Matrix matrix;

		private final PdfFonts fonts;

		private final PdfFlow flow;

		Pages(TeamReportContent content, PdfFonts fonts, PdfFlow flow) {
			this.content = content;
			this.analysis = content.analysis();
			this.matrix = content.matrix();
			this.fonts = fonts;
			this.flow = flow;
		}

		void write() {
			titleAndKeyFigures();
			startPage(PageSize.A4.rotate());
			roleFit();
			startPage(PageSize.A4);
			coverage();
			startPage(PageSize.A4);
			levels();
			new HeatmapPages(this.matrix, this.analysis, this.fonts, this.flow).write();
			new GuidancePages(this.content, this.fonts, this.flow).write();
			new MemberPages(this.analysis, this.matrix, this.fonts, this.flow).write();
			startPage(PageSize.A4);
			dataIssues();
			MatrixAppendix.laidOnce(this.matrix).placeIn(this.flow);
		}

		private void titleAndKeyFigures() {
			this.flow.section("Skills gap report", this.fonts.reportLabel, "Title and key figures");
			Paragraph title = new Paragraph(this.analysis.team().name(), this.fonts.title);
			title.setSpacingAfter(10);
			add(title);

			PdfReportTable facts = new PdfReportTable(this.fonts, new float[] { 30, 70 });
			facts.text("Quarter").text(this.content.quarter());
			facts.text("Matrix").text(this.matrix.id() + ", version " + this.matrix.version());
			facts.text("People counted").text(String.valueOf(this.analysis.members().size()));
			add(narrow(facts, 70));

			heading("Key figures");
			PdfReportTable figures = new PdfReportTable(this.fonts, new float[] { 62, 38 }, 1);
			for (Role role : this.matrix.roles()) {
				Fraction average = this.analysis.averageFit(role);
				figures.text("Average fit, " + role.name());
				if (average == null) {
					figures.absent(BLANK);
				}
				else {
					figures.text(shown(average));
				}
			}
			figures.text("Hybrids (fit for every role)").text(String.valueOf(this.analysis.hybrids()));
			for (CoverageStatus status : CoverageStatus.values()) {
				long count = this.analysis.count(status);
				if (status != CoverageStatus.THIN || count > 0) {
					figures.text("Responsibilities: " + status.label().toLowerCase(Locale.ROOT))
						.filled(String.valueOf(count), count > 0 ? CoverageStatusColours.of(status) : null);
				}
			}
			figures.text("Data issues").text(issueCount());
			add(narrow(figures, 70));

			heading("Top risks");
			for (String risk : TopRisks.of(this.analysis)) {
				this.flow.body("• " + risk);
			}

			if (!namesTheFontsCannotShow().isEmpty()) {
				note("Some names use letters this report's font cannot draw; the appendix \"Data issues\" lists them "
						+ "by code point. The workbook holds them in full.");
			}

			heading("How to read this report");
			note("Fit: the weighted share of a role's required levels a person reaches, in percent; "
					+ "a responsibility that was not assessed counts as 0 for fit and gaps, "
					+ "but is shown as \"not assessed\", never as 0.");
			note("Readiness: " + readinessBands() + ".");
			note("Levels: " + this.matrix.scale()
				.levels()
				.stream()
				.map(level -> level.level() + " " + level.name())
				.collect(Collectors.joining(" · ")) + ".");
			note("All numbers are rounded half-up to one decimal.");
		}

		private void roleFit() {
			this.flow.section("Role fit per person");
			note("Readiness: " + readinessBands() + ". Hybrid: fit at or above the hybrid threshold for every role. "
					+ "Completeness: share of the matrix's responsibilities the person was assessed on.");
			List<Role> roles = this.matrix.roles();
			List<Float> widths = new ArrayList<>(List.of(18f, 14f));
			List<String> headings = new ArrayList<>(List.of("Name", "Current role"));
			List<Integer> numeric = new ArrayList<>();
			for (Role role : roles) {
				numeric.add(headings.size());
				widths.addAll(List.of(8f, 9f));
				headings.addAll(List.of("Fit " + role.name(), "Readiness"));
			}
			widths.addAll(List.of(12f, 6f, 12f, 11f));
			headings.addAll(List.of("Best fit", "Hybrid", "Target role", "Completeness %"));
			numeric.add(headings.size() - 1);
			PdfReportTable table = new PdfReportTable(this.fonts, PdfReportTable.widths(widths),
					numeric.stream().mapToInt(Integer::intValue).toArray());
			table.headings(headings.toArray(String[]::new));
			for (MemberAnalysis member : this.analysis.members()) {
				table.text(member.person().name());
				String currentRole = member.person().currentRole();
				if (currentRole == null) {
					table.absent(BLANK);
				}
				else {
					table.text(currentRole);
				}
				for (RoleFit fit : member.fits()) {
					table.text(shown(fit.fit())).text(fit.readiness().label());
				}
				table.text(member.bestFit().name())
					.text(member.hybrid() ? "yes" : "no")
					.text(member.targetRole().name())
					.text(shown(member.completeness()));
			}
			if (this.analysis.members().isEmpty()) {
				table.remark("Nobody was counted in this team.");
			}
			add(table.table());
			fitScatter();
		}

		/**
		 * Everyone placed by their fit for one role against another: the matrix's first two roles, when it has two or
		 * more.
		 */
		private void fitScatter() {
			List<Role> roles = this.matrix.roles();
			if (roles.size() < 2) {
				note("No fit chart: it places each person by their fit for two roles, and this matrix has "
						+ plural(roles.size(), "role") + ".");
				return;
			}
			if (this.analysis.members().isEmpty()) {
				note("No fit chart: nobody was counted in this team.");
				return;
			}
			// the subheading and the note take about 50 points
			if (this.flow.remainingHeight() - 50 < FitScatter.MINIMUM_HEIGHT) {
				startPage(PageSize.A4.rotate());
			}
			this.flow.subheading(roles.get(0).name() + " fit against " + roles.get(1).name() + " fit");
			String threshold = this.analysis.rules().hybridThreshold().toPlainString();
			if (roles.size() == 2) {
				note("Each point is a person at their fit for the two roles. Dashed lines: the hybrid threshold of "
						+ threshold + "; in the shaded corner a person reaches it for both roles.");
			}
			else {
				note("Each point is a person at their fit for the matrix's first two roles. Not shown: "
						+ roles.subList(2, roles.size()).stream().map(Role::name).collect(Collectors.joining(", "))
						+ " (every role's fit is in the table above). Dashed lines: the hybrid threshold of " + threshold
						+ "; in the shaded corner a person reaches it for both roles shown, and a hybrid, a green "
						+ "diamond, for all " + roles.size() + ".");
			}
			float height = Math.min(FitScatter.PREFERRED_HEIGHT, this.flow.remainingHeight() - 10);
			FitScatter chart = new FitScatter(roles, this.analysis, height);
			this.flow.vectorDrawing(chart.height(), chart::draw);
		}

		private void coverage() {
			this.flow.section("Team coverage");
			for (CoverageChart chart : new CoverageChart(this.analysis.coverage()).blocks()) {
				this.flow.vectorDrawing(chart.height(), chart::draw);
			}
			note("Practitioners: members at or above the coverage level. Team level: mean of the assessed levels. "
					+ "Assessed: members assessed on the responsibility.");
			PdfReportTable table = new PdfReportTable(this.fonts, new float[] { 40, 14, 22, 12, 12 }, 1, 3, 4);
			table.headings("Responsibility", "Practitioners", "Status", "Team level", "Assessed");
			for (Map.Entry<String, List<CoverageEntry>> area : coverageByArea().entrySet()) {
				table.group(area.getKey());
				for (CoverageEntry entry : area.getValue()) {
					table.text(entry.responsibility().name())
						.text(String.valueOf(entry.practitioners()))
						.filled(entry.status().label(), CoverageStatusColours.of(entry.status()));
					if (entry.teamLevel() == null) {
						table.absent(NOT_ASSESSED);
					}
					else {
						table.text(shown(entry.teamLevel()));
					}
					table.text(String.valueOf(entry.assessed()));
				}
			}
			add(table.table());
		}

		private void levels() {
			this.flow.section("Team level against required");
			note("Per responsibility: the team level (mean of the assessed levels) and the level each role requires. "
					+ "A role without a bar does not require the responsibility. \"not assessed\" marks a "
					+ "responsibility nobody was assessed on, which is not level 0.");
			for (LevelChart chart : new LevelChart(this.matrix, this.analysis.coverage()).blocks()) {
				this.flow.vectorDrawing(chart.height(), chart::draw);
			}
		}

		/** The coverage entries grouped by area, areas in the order they first appear in the matrix. */
		private Map<String, List<CoverageEntry>> coverageByArea() {
			Map<String, List<CoverageEntry>> byArea = new LinkedHashMap<>();
			for (CoverageEntry entry : this.analysis.coverage()) {
				byArea.computeIfAbsent(entry.responsibility().area(), area -> new ArrayList<>()).add(entry);
			}
			return byArea;
		}

		private void dataIssues() {
			this.flow.section("Appendix: Data issues");
			List<String> unshown = namesTheFontsCannotShow();
			if (!unshown.isEmpty()) {
				note("Names with letters the report's font cannot draw, each such letter written as its Unicode code "
						+ "point (the workbook and the bookmarks have the names in full):");
				for (String name : unshown) {
					this.flow.body("• " + PdfFonts.spelledOut(name));
				}
			}
			List<DataIssue> issues = this.content.issues();
			if (issues.isEmpty()) {
				add(new Paragraph("No data issues.", this.fonts.body));
				return;
			}
			note("Problems found in this team's rows, and in the files it was read from as a whole (a row that names "
					+ "no team, the layout of a sheet). Errors: the cell or row was not used. "
					+ "Warnings: the data was used, but a person should check it.");
			PdfReportTable table = new PdfReportTable(this.fonts, new float[] { 11, 34, 55 });
			table.headings("Severity", "Where", "Problem");
			for (DataIssue issue : issues) {
				table.text(issue.severity().code()).location(issue.location()).text(issue.message());
			}
			add(table.table());
		}

		/** The team's and members' names that have a character the embedded fonts have no glyph for. */
		private List<String> namesTheFontsCannotShow() {
			List<String> names = new ArrayList<>();
			names.add(this.analysis.team().name());
			this.analysis.members().forEach(member -> names.add(member.person().name()));
			return names.stream().filter(name -> !PdfFonts.canShow(name)).distinct().toList();
		}

		private String issueCount() {
			long errors = this.content.issues().stream().filter(issue -> issue.severity() == Severity.ERROR).count();
			long warnings = this.content.issues().size() - errors;
			if (errors + warnings == 0) {
				return "0";
			}
			return (errors + warnings) + " (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ")";
		}

		private static String plural(long count, String noun) {
			return count + " " + noun + (count == 1 ? "" : "s");
		}

		private static String readinessBands() {
			return Readiness.READY.label() + " ≥ 90 · " + Readiness.CLOSE.label() + " ≥ 70 · "
					+ Readiness.DEVELOPING.label() + " ≥ 50 · " + Readiness.EARLY.label() + " below 50";
		}

		private void startPage(Rectangle size) {
			this.flow.startPage(size);
		}

		private void heading(String text) {
			this.flow.heading(text);
		}

		private void note(String text) {
			this.flow.note(text);
		}

		private static PdfPTable narrow(PdfReportTable table, float widthPercentage) {
			table.table().setWidthPercentage(widthPercentage);
			table.table().setHorizontalAlignment(Element.ALIGN_LEFT);
			return table.table();
		}

		private void add(Element element) {
			this.flow.add(element);
		}

		private static String shown(Fraction value) {
			return value.rounded().toPlainString();
		}

	}

}
