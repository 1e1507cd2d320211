package com.skillgap.report;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Role;

/**
 * The {@code People} sheet: one row per member with everything the analysis says of them, to filter and sort — email,
 * roles, fit and readiness per role, best fit, hybrid, completeness and how many gaps they have.
 */
final class PeopleSheet {

	private final TeamAnalysis analysis;

	private final Matrix matrix;

	private final WorkbookStyles styles;

	PeopleSheet(TeamAnalysis analysis, Matrix matrix, WorkbookStyles styles) {
		this.analysis = analysis;
		this.matrix = matrix;
		this.styles = styles;
	}

	void write(Sheet target) {
		List<Role> roles = this.matrix.roles();
		int columns = 9 + 2 * roles.size();
		int[] widths = new int[columns];
		Arrays.fill(widths, 14);
		widths[0] = 28;
		widths[1] = 32;
		widths[2] = 20;
		widths[3] = 20;
		SheetWriter sheet = new SheetWriter(target, this.styles).widths(widths);
		SheetWriter.RowWriter header = sheet.row()
			.height(45)
			.heading("Name")
			.heading("Email")
			.heading("Current role")
			.heading("Target role");
		for (Role role : roles) {
			header.numberHeading("Fit " + role.name()).heading("Readiness " + role.name());
		}
		header.heading("Best fit")
			.heading("Hybrid")
			.numberHeading("Completeness %")
			.numberHeading("Gaps")
			.numberHeading("Top gap priority");
		for (MemberAnalysis member : this.analysis.members()) {
			SheetWriter.RowWriter row = sheet.row()
				.text(member.person().name())
				.textOr(member.person().email(), "—")
				.textOr(member.person().currentRole(), "—")
				.text(member.targetRole().name());
			for (RoleFit fit : member.fits()) {
				row.rounded(fit.fit()).text(fit.readiness().label());
			}
			row.text(member.bestFit().name())
				.text(member.hybrid() ? "yes" : "no")
				.rounded(member.completeness())
				.number(member.gaps().size());
			if (member.gaps().isEmpty()) {
				row.absentNumber("—");
			}
			else {
				row.number(member.gaps().get(0).priority());
			}
		}
		sheet.filterAndFreeze(columns);
		target.createFreezePane(1, 1);
	}

}
