package com.skillgap.report;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * The {@code Matrix} sheet: the matrix the team was measured against — each responsibility with its area, id, weight,
 * the level each role requires, whether it is an overlap, the names a sheet may use for it, what it is and how to
 * learn it.
 */
final class MatrixSheet {


	private final Matrix matrix;

	private final WorkbookStyles styles;

	MatrixSheet(Matrix matrix, WorkbookStyles styles) {
		this.matrix = matrix;
		this.styles = styles;
	}

	/**
	 * Lines the longest wrapped cell of a row takes (a streamed sheet cannot fit row heights to the text): the
	 * description at about 62 characters a line, each learning suggestion at about 72.
	 */
	private static int lines(Responsibility responsibility) {
		String description = responsibility.description() == null ? "" : responsibility.description();
		return Math.max(SheetWriter.wrappedLines(List.of(description), 62),
				SheetWriter.wrappedLines(responsibility.learning(), 72));
	}

	void write(Sheet target) {
		List<Role> roles = this.matrix.roles();
		int columns = 8 + roles.size();
		int[] widths = new int[columns];
		Arrays.fill(widths, 12);
		widths[0] = 24;
		widths[1] = 32;
		widths[2] = 26;
		widths[columns - 3] = 34;
		widths[columns - 2] = 60;
		widths[columns - 1] = 70;
		SheetWriter sheet = new SheetWriter(target, this.styles).widths(widths);
		SheetWriter.RowWriter header = sheet.row()
			.height(32)
			.heading("Area")
			.heading("Responsibility")
			.heading("Id")
			.numberHeading("Weight");
		for (Role role : roles) {
			header.numberHeading("Required by " + role.name());
		}
		header.heading("Overlap").heading("Also accepted as").heading("What it is").heading("How to learn it");
		for (Responsibility responsibility : this.matrix.responsibilities()) {
			SheetWriter.RowWriter row = sheet.row()
				.lines(lines(responsibility))
				.text(responsibility.area(), this.styles.wrappedText)
				.text(responsibility.name(), this.styles.wrappedText)
				.text(responsibility.id(), this.styles.wrappedText)
				.number(responsibility.weight());
			for (Role role : roles) {
				int required = responsibility.requiredBy(role.id());
				if (required > 0) {
					row.number(required);
				}
				else {
					row.absentNumber("—");
				}
			}
			row.text(this.matrix.isOverlap(responsibility) ? "yes" : "no")
				.text(String.join(", ", responsibility.aliases()), this.styles.wrappedText)
				.text(responsibility.description() == null ? "" : responsibility.description(), this.styles.wrappedText)
				.text(String.join("\n", responsibility.learning()), this.styles.wrappedText);
		}
		sheet.filterAndFreeze(columns);
		sheet.row().text("Matrix " + this.matrix.id() + ", version " + this.matrix.version(), this.styles.absentText);
	}

}
