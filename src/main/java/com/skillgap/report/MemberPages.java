package com.skillgap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.Gap;
import com.skillgap.analysis.LearningStep;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;

/**
 * One page per member: who they are, their fit and readiness for every role, their best fit and target role, how
 * completely they were assessed, what only they practise, and their top gaps each with the learning step and mentor
 * that close it. Each page has a bookmark under the "People" section.
 */
final class MemberPages {

	private static final String BLANK = "—";

	private final TeamAnalysis analysis;

	private final Matrix matrix;

	private final PdfFonts fonts;

	private final PdfFlow flow;

	MemberPages(TeamAnalysis analysis, Matrix matrix, PdfFonts fonts, PdfFlow flow) {
		this.analysis = analysis;
		this.matrix = matrix;
		this.fonts = fonts;
		this.flow = flow;
	}

	void write() {
		this.flow.startPage(PageSize.A4);
		this.flow.section("People");
		List<MemberAnalysis> members = this.analysis.members();
		if (members.isEmpty()) {
			this.flow.body("Nobody was counted in this team.");
			return;
		}
		this.flow.note("A page per member, in the team's order: fit and readiness for each role, and the top gaps "
				+ "against the target role, each with the next step, a teammate to learn from and the matrix's "
				+ "suggestions.");
		for (int i = 0; i < members.size(); i++) {
			if (i > 0) {
				this.flow.startPage(PageSize.A4);
			}
			member(members.get(i), i + 1, members.size());
		}
	}

	private void member(MemberAnalysis member, int number, int count) {
		Person person = member.person();
		this.flow.note("Person " + number + " of " + count);
		this.flow.entryHeading(person.name(), this.fonts.personName, person.name());

		this.flow.note(String.join(" · ", identity(member)));

		PdfReportTable facts = new PdfReportTable(this.fonts, new float[] { 34, 66 });
		facts.text("Best fit").text(member.bestFit().name());
		facts.text("Hybrid").text(member.hybrid()
				? "yes: fit of at least " + this.analysis.rules().hybridThreshold().toPlainString() + " for every role"
				: "no");
		facts.text("Completeness").text(completeness(member));
		facts.text("Sole practitioner of").text(soleResponsibilities(member));

		PdfReportTable fits = new PdfReportTable(this.fonts, new float[] { 50, 18, 32 }, 1);
		fits.headings("Role", "Fit %", "Readiness");
		for (RoleFit fit : member.fits()) {
			String role = fit.role().name();
			if (fit.role().id().equals(member.bestFit().id())) {
				role += " (best fit)";
			}
			fits.text(role).text(fit.fit().rounded().toPlainString()).text(fit.readiness().label());
		}
		this.flow.add(sideBySide(fits.table(), facts.table()));

		this.flow.subheading("Top gaps and learning plan for " + member.targetRole().name());
		PdfReportTable plan = new PdfReportTable(this.fonts, new float[] { 19, 12, 6, 8, 14, 41 }, 2, 3);
		plan.headings("Responsibility", "Level: now → required", "Gap", "Priority", "Mentor", "Learning suggestions");
		for (LearningStep step : this.analysis.learningPlan(member)) {
			Gap gap = step.gap();
			plan.text(gap.responsibility().name())
				.text((gap.actual() == null ? "not assessed" : String.valueOf(gap.actual())) + " → " + gap.required())
				.text(String.valueOf(gap.gap()))
				.text(String.valueOf(gap.priority()));
			if (step.mentor() == null) {
				plan.absent("nobody in the team");
			}
			else {
				plan.text(step.mentor().name());
			}
			plan.bullets(step.suggestions());
		}
		if (member.gaps().isEmpty()) {
			plan.remark("No gaps: meets every level " + member.targetRole().name() + " requires.");
		}
		else if (member.gaps().size() > member.topGaps().size()) {
			int smaller = member.gaps().size() - member.topGaps().size();
			plan.remark(smaller + (smaller == 1 ? " smaller gap is" : " smaller gaps are")
					+ " listed in the workbook's Gaps sheet.");
		}
		this.flow.add(plan.table());
		this.flow.note("Gap: required level minus the level now (not assessed counts as 0). Priority: weight × gap. "
				+ "Mentor: a teammate at the required level or above, the highest level first.");
	}

	/** Current role, target role and email, each when known. */
	private List<String> identity(MemberAnalysis member) {
		Person person = member.person();
		List<String> parts = new ArrayList<>();
		parts.add("Current role: " + (blank(person.currentRole()) ? "not given" : person.currentRole()));
		parts.add("Target role: " + member.targetRole().name() + targetRoleSource(member));
		if (!blank(person.email())) {
			parts.add(person.email());
		}
		return parts;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** Two tables next to each other, each half the width, top-aligned. */
	private static PdfPTable sideBySide(PdfPTable left, PdfPTable right) {
		PdfPTable row = new PdfPTable(new float[] { 48, 4, 48 });
		row.setWidthPercentage(100);
		row.setSpacingBefore(4);
		row.setSpacingAfter(4);
		row.addCell(holder(left));
		PdfPCell gutter = new PdfPCell();
		gutter.setBorder(Rectangle.NO_BORDER);
		row.addCell(gutter);
		row.addCell(holder(right));
		return row;
	}

	private static PdfPCell holder(PdfPTable table) {
		table.setWidthPercentage(100);
		table.setSpacingBefore(0);
		table.setSpacingAfter(0);
		// added as an element, not as the cell's table, so it keeps its own height next to a taller one
		PdfPCell cell = new PdfPCell();
		cell.addElement(table);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		return cell;
	}

	/** Where the target role came from, as scoring.md chooses it. */
	private String targetRoleSource(MemberAnalysis member) {
		Person person = member.person();
		if (names(person.targetRole(), member)) {
			return "";
		}
		if (names(person.currentRole(), member)) {
			return " (the current role)";
		}
		return " (the best fit: no target role given)";
	}

	private boolean names(String text, MemberAnalysis member) {
		return text != null && !text.isBlank()
				&& this.matrix.findRole(text).filter(role -> role.id().equals(member.targetRole().id())).isPresent();
	}

	/** {@code 85.7% (24 of 28 responsibilities assessed)}: the share of what any role requires. */
	private String completeness(MemberAnalysis member) {
		List<Responsibility> required = this.matrix.responsibilities()
			.stream()
			.filter(responsibility -> this.matrix.roles().stream().anyMatch(role -> responsibility.isRequiredBy(role.id())))
			.toList();
		long assessed = required.stream().filter(r -> member.person().hasAssessed(r.id())).count();
		return member.completeness().rounded().toPlainString() + "% (" + assessed + " of " + required.size()
				+ " responsibilities assessed)";
	}

	/** The responsibilities this person is the team's only practitioner of, or a dash. */
	private String soleResponsibilities(MemberAnalysis member) {
		String sole = this.analysis.coverage()
			.stream()
			.filter(entry -> entry.status() == CoverageStatus.SINGLE_POINT_OF_FAILURE)
			.map(CoverageEntry::responsibility)
			.filter(responsibility -> this.analysis.practitioners(responsibility).contains(member))
			.map(Responsibility::name)
			.collect(Collectors.joining(", "));
		return sole.isEmpty() ? BLANK : sole;
	}


}
