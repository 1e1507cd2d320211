package com.skillgap.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.skillgap.matrix.Matrix;

/**
 * The blank input template of a matrix, an {@code .xlsx} workbook a manager fills in: a {@code Skills} sheet whose
 * header row names the identity columns (Name, Email, Team…) and every responsibility, with a drop-down of the scale
 * on every rating cell and of the roles on the role cells, and a {@code Guide} sheet that explains how to fill it in,
 * the scale, the roles and each responsibility.
 * <p>
 * A filled-in template is valid input by construction: its headers, level names and {@code N/A} are exactly what
 * intake reads, and nothing on the guide looks like a header row to the reader.
 */
public final class InputTemplate {

	static final String SKILLS_SHEET = "Skills";

	static final String GUIDE_SHEET = "Guide";

	/** What the drop-downs offer beside the level names for a responsibility nobody assessed. */
	static final String NOT_ASSESSED = "N/A";

	/** Rows below the header that carry the drop-downs: room for a large team or several teams in one file. */
	static final int DATA_ROWS = 1000;

	private final Matrix matrix;

	public InputTemplate(Matrix matrix) {
		this.matrix = matrix;
	}

	/** Writes the workbook to {@code out}, which is left open for the caller. */
	public void write(OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			TemplateStyles styles = new TemplateStyles(workbook);
			XSSFSheet skills = workbook.createSheet(SKILLS_SHEET);
			XSSFSheet guide = workbook.createSheet(GUIDE_SHEET);
			TemplateGuideSheet.DropDowns dropDowns = new TemplateGuideSheet(guide, this.matrix, styles).write();
			new TemplateSkillsSheet(skills, this.matrix, styles, dropDowns).write();
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

	/**
	 * Writes the workbook to a file, replacing it if it exists. The workbook is built completely before the file is
	 * opened, so a failure while building it leaves no half-written file.
	 */
	public void write(Path file) throws IOException {
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		write(workbook);
		Files.write(file, workbook.toByteArray());
	}

}
