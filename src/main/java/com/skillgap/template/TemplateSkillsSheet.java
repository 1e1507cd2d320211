package com.skillgap.template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import com.skillgap.matrix.IdentityColumn;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.ProficiencyScale;
import com.skillgap.matrix.Responsibility;

/**
 * The template's {@code Skills} sheet: the header row (the identity columns of a wide sheet, then one column per
 * responsibility in matrix order, headed by its name and carrying its area and description as a comment), and the
 * drop-downs and formats of the rows below it.
 * <p>
 * The drop-downs warn rather than refuse: a rating may also be typed as a number and a role as any job title, both of
 * which intake accepts.
 */
final class TemplateSkillsSheet {

	/** The identity columns of a wide sheet, in the order of the header row; Skill and Level belong to long sheets. */
	private static final List<IdentityColumn> IDENTITY_COLUMNS = Stream.of(IdentityColumn.values())
		.filter(column -> column != IdentityColumn.SKILL && column != IdentityColumn.LEVEL)
		.toList();

	/** Wide enough for the longest level name and the drop-down arrow, narrow enough to see many at once. */
	private static final int RATING_WIDTH = 16;

	/** How wide the comment box on a responsibility header is, in columns of the sheet ... */
	private static final int COMMENT_COLUMNS = 4;

	/** ... and about how many characters fit on one of its lines, which decides its height. */
	private static final int COMMENT_LINE_CHARACTERS = 45;

	private final XSSFSheet sheet;

	private final Matrix matrix;

	private final TemplateStyles styles;

	private final TemplateGuideSheet.DropDowns dropDowns;

	TemplateSkillsSheet(XSSFSheet sheet, Matrix matrix, TemplateStyles styles,
			TemplateGuideSheet.DropDowns dropDowns) {
		this.sheet = sheet;
		this.matrix = matrix;
		this.styles = styles;
		this.dropDowns = dropDowns;
	}

	void write() {
		Row header = this.sheet.createRow(0);
		List<String> headers = new ArrayList<>();
		for (IdentityColumn identity : IDENTITY_COLUMNS) {
			int column = headers.size();
			String name = identity.headers().get(0);
			this.styles.text.write(header.createCell(column), name, this.styles.header);
			this.sheet.setColumnWidth(column, width(identity) * 256);
			this.sheet.setDefaultColumnStyle(column, identity == IdentityColumn.ASSESSED_ON ? this.styles.date
					: this.styles.entry);
			headers.add(name);
		}
		int firstRating = headers.size();
		for (Responsibility responsibility : this.matrix.responsibilities()) {
			int column = headers.size();
			this.styles.text.write(header.createCell(column), responsibility.name(), this.styles.levelHeader);
			header.getCell(column).setCellComment(comment(column, responsibility));
			this.sheet.setColumnWidth(column, RATING_WIDTH * 256);
			this.sheet.setDefaultColumnStyle(column, this.styles.rating);
			headers.add(responsibility.name());
		}
		int lastRating = headers.size() - 1;
		header.setHeightInPoints(headerHeight(headers, firstRating));
		ratingDropDown(firstRating, lastRating);
		roleDropDown();
		this.sheet.createFreezePane(1, 1);
		PrintSetup print = this.sheet.getPrintSetup();
		print.setLandscape(true);
		this.sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		this.sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
	}

	private static int column(IdentityColumn identity) {
		return IDENTITY_COLUMNS.indexOf(identity);
	}

	private static int width(IdentityColumn identity) {
		return switch (identity) {
			case PERSON, EMAIL, MANAGERS -> 26;
			case CURRENT_ROLE, TARGET_ROLE -> 20;
			case TEAM -> 18;
			default -> 14;
		};
	}

	private float headerHeight(List<String> headers, int firstRating) {
		float height = 0;
		for (int column = 0; column < headers.size(); column++) {
			int width = column < firstRating ? width(IDENTITY_COLUMNS.get(column)) : RATING_WIDTH;
			height = Math.max(height, TemplateStyles.rowHeight(headers.get(column), width));
		}
		return height;
	}

	private Comment comment(int column, Responsibility responsibility) {
		StringBuilder text = new StringBuilder(responsibility.area());
		if (!responsibility.description().isEmpty()) {
			text.append("\n").append(responsibility.description());
		}
		if (!responsibility.aliases().isEmpty()) {
			text.append("\nAlso accepted as header: ").append(String.join(", ", responsibility.aliases()));
		}
		CreationHelper factory = this.sheet.getWorkbook().getCreationHelper();
		ClientAnchor anchor = factory.createClientAnchor();
		anchor.setCol1(column);
		anchor.setCol2(column + COMMENT_COLUMNS);
		anchor.setRow1(0);
		anchor.setRow2(1 + text.length() / COMMENT_LINE_CHARACTERS + 3);
		// the sheet's one drawing, created with the first comment
		Drawing<?> drawing = this.sheet.createDrawingPatriarch();
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(factory.createRichTextString(text.toString()));
		comment.setAuthor("Skillgap");
		return comment;
	}

	private void ratingDropDown(int firstColumn, int lastColumn) {
		ProficiencyScale scale = this.matrix.scale();
		dropDown(this.dropDowns.levels(), new CellRangeAddressList(1, InputTemplate.DATA_ROWS, firstColumn,
				lastColumn), "Not a level from the list",
				"Pick a level from the list. Numbers 0–" + scale.highest() + " are fine too. Blank or "
						+ InputTemplate.NOT_ASSESSED + " means not assessed. Anything else is reported as an error "
						+ "and counted as not assessed.");
	}

	private void roleDropDown() {
		CellRangeAddressList cells = new CellRangeAddressList();
		for (IdentityColumn role : List.of(IdentityColumn.CURRENT_ROLE, IdentityColumn.TARGET_ROLE)) {
			cells.addCellRangeAddress(1, column(role), InputTemplate.DATA_ROWS, column(role));
		}
		dropDown(this.dropDowns.roles(), cells, "Not a role of the matrix",
				"Pick a role from the list, or keep your own job title: it is accepted, and the person is "
						+ "compared with every role.");
	}

	private void dropDown(TemplateDropDown values, CellRangeAddressList cells, String title, String message) {
		DataValidationHelper helper = this.sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(values.constraint(helper), cells);
		validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
		validation.createErrorBox(title, message);
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		this.sheet.addValidationData(validation);
	}

}
