package com.skillgap.template;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.ProficiencyScale;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;
import com.skillgap.matrix.ScaleLevel;

/**
 * The template's {@code Guide} sheet: how to fill in the skills sheet, the scale, the roles and every responsibility
 * (area, name, what it is, id, the level each role requires, the other headers accepted for it).
 * <p>
 * The reader takes the first sheet with a cell naming the person column in rows 1–20 as a skill sheet and warns
 * about any other; so no cell here says just "Name" (the scale's column is "Level name", and the instructions are
 * sentences).
 */
final class TemplateGuideSheet {

	/** The columns the guide's tables share: a short first column, a name, a long description. */
	private static final int FIRST_WIDTH = 22;

	private static final int NAME_WIDTH = 30;

	private static final int DESCRIPTION_WIDTH = 62;

	private static final int ID_WIDTH = 28;

	private static final int REQUIRED_WIDTH = 16;

	private static final int ALIASES_WIDTH = 40;

	private final XSSFSheet sheet;

	private final Matrix matrix;

	private final TemplateStyles styles;

	private int nextRow;

	/** The drop-downs of the skills sheet, and where the guide lists their values. */
	record DropDowns(TemplateDropDown levels, TemplateDropDown roles) {
	}

	TemplateGuideSheet(XSSFSheet sheet, Matrix matrix, TemplateStyles styles) {
		this.sheet = sheet;
		this.matrix = matrix;
		this.styles = styles;
	}

	/** Writes the guide from the top, once. */
	DropDowns write() {
		int roles = this.matrix.roles().size();
		widths(FIRST_WIDTH, NAME_WIDTH, DESCRIPTION_WIDTH, ID_WIDTH);
		for (int role = 0; role < roles; role++) {
			this.sheet.setColumnWidth(4 + role, REQUIRED_WIDTH * 256);
		}
		this.sheet.setColumnWidth(4 + roles, ALIASES_WIDTH * 256);
		instructions();
		TemplateDropDown levels = scale();
		TemplateDropDown roleNames = roles();
		responsibilities();
		PrintSetup print = this.sheet.getPrintSetup();
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		return new DropDowns(levels, roleNames);
	}

	private void instructions() {
		ProficiencyScale scale = this.matrix.scale();
		String levels = scale.level(0).name() + " … " + scale.level(scale.highest()).name();
		String numbers = "0–" + scale.highest();
		Row title = row();
		title.setHeightInPoints(21);
		text(title, 0, "Skills template: how to fill it in", this.styles.title);
		text(row(), 0, "Matrix " + this.matrix.id() + ", version " + this.matrix.version() + ": "
				+ this.matrix.responsibilities().size() + " responsibilities.", this.styles.muted);
		row();
		for (String line : List.of(
				"Write one row per person on the Skills sheet. Only the person's name is required; the email helps to "
						+ "recognise them next quarter.",
				"Rate each responsibility with a level from the drop-down (" + levels + "), or type its number, "
						+ numbers + ".",
				"Leave the cell blank, or pick " + InputTemplate.NOT_ASSESSED + ", when it was not assessed. That is "
						+ "not the same as 0 (" + scale.level(0).name() + "), which means no exposure at all.",
				"Team: one file may hold several teams. Without it, the team is the one given when the file is "
						+ "uploaded, or else the file's name.",
				"Role and Target role: pick a role from the drop-down, or write the person's own job title.",
				"Manager email: one or more emails, separated by , or ;",
				"Assessed on: the date of the assessment (yyyy-mm-dd).",
				"Keep the header row as it is. Columns you add are ignored with a warning; a responsibility column "
						+ "you delete counts as not assessed.",
				"Save the file as .xlsx and send it back. Rows without a name, and a second row for the same "
						+ "person, are rejected and listed.")) {
			text(row(), 0, line, this.styles.line);
		}
	}

	/** The scale table; its level names and "N/A" are the rating drop-down's values, in that order. */
	private TemplateDropDown scale() {
		row();
		text(row(), 0, "The scale", this.styles.heading);
		header(row(), "Level", "Level name", "What it means");
		int first = this.nextRow;
		List<String> values = new ArrayList<>();
		for (ScaleLevel level : this.matrix.scale().levels()) {
			Row row = row();
			row.createCell(0).setCellValue(level.level());
			row.getCell(0).setCellStyle(this.styles.levelNumber);
			text(row, 1, level.name(), this.styles.wrapped);
			text(row, 2, level.description(), this.styles.wrapped);
			fitHeight(row, level.name(), level.description());
			values.add(level.name());
		}
		Row notAssessed = row();
		String meaning = "not assessed: nobody rated this. A blank cell means the same. Not the same as 0.";
		text(notAssessed, 1, InputTemplate.NOT_ASSESSED, this.styles.wrapped);
		text(notAssessed, 2, meaning, this.styles.wrapped);
		fitHeight(notAssessed, InputTemplate.NOT_ASSESSED, meaning);
		values.add(InputTemplate.NOT_ASSESSED);
		return new TemplateDropDown(values, cells(1, first, this.nextRow - 1));
	}

	/** The roles table; its role names are the role drop-down's values. */
	private TemplateDropDown roles() {
		row();
		text(row(), 0, "The roles", this.styles.heading);
		header(row(), "Role", "Also written as", "What the role is for");
		int first = this.nextRow;
		List<String> values = new ArrayList<>();
		for (Role role : this.matrix.roles()) {
			Row row = row();
			List<String> otherNames = new ArrayList<>();
			otherNames.add(role.id());
			otherNames.addAll(role.aliases());
			String also = String.join(", ", otherNames);
			text(row, 0, role.name(), this.styles.wrapped);
			text(row, 1, also, this.styles.wrapped);
			text(row, 2, role.objective(), this.styles.wrapped);
			row.setHeightInPoints(TemplateStyles.rowHeight(new String[] { role.name(), also, role.objective() },
					new int[] { FIRST_WIDTH, NAME_WIDTH, DESCRIPTION_WIDTH }));
			values.add(role.name());
		}
		return new TemplateDropDown(values, cells(0, first, this.nextRow - 1));
	}

	private void responsibilities() {
		row();
		text(row(), 0, "The responsibilities", this.styles.heading);
		List<Role> roles = this.matrix.roles();
		Row header = row();
		header(header, "Area", "Responsibility", "What it is", "Id");
		int column = 4;
		String longestHeader = "";
		for (Role role : roles) {
			String text = "Required for " + role.name();
			text(header, column++, text, this.styles.levelHeader);
			longestHeader = text.length() > longestHeader.length() ? text : longestHeader;
		}
		text(header, column, "Also accepted as column header", this.styles.header);
		header.setHeightInPoints(TemplateStyles.rowHeight(longestHeader, REQUIRED_WIDTH));
		for (Responsibility responsibility : this.matrix.responsibilities()) {
			Row row = row();
			String aliases = String.join(", ", responsibility.aliases());
			text(row, 0, responsibility.area(), this.styles.wrapped);
			text(row, 1, responsibility.name(), this.styles.wrapped);
			text(row, 2, responsibility.description(), this.styles.wrapped);
			text(row, 3, responsibility.id(), this.styles.wrapped);
			column = 4;
			for (Role role : roles) {
				text(row, column++, requiredLevel(responsibility.requiredBy(role.id())), this.styles.level);
			}
			text(row, column, aliases, this.styles.wrapped);
			row.setHeightInPoints(TemplateStyles.rowHeight(
					new String[] { responsibility.area(), responsibility.name(), responsibility.description(),
							responsibility.id(), aliases },
					new int[] { FIRST_WIDTH, NAME_WIDTH, DESCRIPTION_WIDTH, ID_WIDTH, ALIASES_WIDTH }));
		}
	}

	/** e.g. {@code 3 Practitioner}; a dash when the responsibility is not part of the role. */
	private String requiredLevel(int level) {
		return level == 0 ? "—" : level + " " + this.matrix.scale().level(level).name();
	}

	private void fitHeight(Row row, String name, String description) {
		row.setHeightInPoints(TemplateStyles.rowHeight(new String[] { name, description },
				new int[] { NAME_WIDTH, DESCRIPTION_WIDTH }));
	}

	private void header(Row row, String... headers) {
		for (int column = 0; column < headers.length; column++) {
			text(row, column, headers[column], this.styles.header);
		}
	}

	private void text(Row row, int column, String value, CellStyle style) {
		this.styles.text.write(row.createCell(column), value, style);
	}

	private Row row() {
		return this.sheet.createRow(this.nextRow++);
	}

	private void widths(int... characters) {
		for (int column = 0; column < characters.length; column++) {
			this.sheet.setColumnWidth(column, characters[column] * 256);
		}
	}

	/** An absolute reference to the cells of one column from one 0-based row to another, on this sheet. */
	private String cells(int column, int firstRow, int lastRow) {
		return "'" + this.sheet.getSheetName() + "'!" + new CellReference(firstRow, column, true, true).formatAsString()
				+ ":" + new CellReference(lastRow, column, true, true).formatAsString();
	}

}
