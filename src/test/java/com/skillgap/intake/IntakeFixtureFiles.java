package com.skillgap.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the {@code .xlsx} fixtures under {@code src/test/resources/intake/} the way Excel stores them (formulas with
 * cached values and error results, dates, booleans, numbers stored as text). Not a test: run its {@code main} by
 * hand when a fixture must change, with the folder as argument, and commit the files it writes. {@code ratings.xls}
 * is {@code ratings.xlsx} saved by LibreOffice: {@code soffice --headless --convert-to xls ratings.xlsx}.
 */
public final class IntakeFixtureFiles {

	private IntakeFixtureFiles() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/intake");
		writeRatings(folder.resolve("ratings.xlsx"));
	}

	/**
	 * Sheet "Hidden" (hidden, looks like a skill sheet), sheet "Skills" (title row, header on row 3, every kind of
	 * rating cell and row mistake), sheet "Old Q2" (another skill-like sheet).
	 */
	static void writeRatings(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CreationHelper helper = workbook.getCreationHelper();
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));

			Sheet hidden = workbook.createSheet("Hidden");
			hidden.createRow(0).createCell(0).setCellValue("Name");
			workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);

			Sheet skills = workbook.createSheet("Skills");
			skills.createRow(0).createCell(0).setCellValue("Platform Team — skills review");
			header(skills.createRow(2), "Name", "E-mail", "Role", "Kubernetes", "CI/CD", "Terraform", "Golang",
					"k8s", "", "Target role");
			// row 4: numbers, text numbers, level names
			Row ana = skills.createRow(3);
			text(ana, 0, "Ana Lima");
			text(ana, 1, "ana@example.com");
			text(ana, 2, "DevOps Engineer");
			ana.createCell(3).setCellValue(3);
			text(ana, 4, " 04 ");
			text(ana, 5, "practitioner");
			text(ana, 6, "4");
			ana.createCell(7).setCellValue(1);
			text(ana, 9, "Cloud Engineer");
			// row 5: 3.0, formula with cached 2, not-assessed marker, data in the headerless column I
			Row kenji = skills.createRow(4);
			text(kenji, 0, "Kenji Sato");
			text(kenji, 1, "kenji@example.com");
			text(kenji, 3, "3.0");
			kenji.createCell(4).setCellFormula("1+1");
			text(kenji, 5, "N/A");
			text(kenji, 8, "stray note");
			// row 6: every kind of error cell
			Row errors = skills.createRow(5);
			text(errors, 0, "Zofia Wiśniewska");
			errors.createCell(3).setCellValue(2.5);
			errors.createCell(4).setCellValue(5);
			text(errors, 5, "yes");
			// row 7 is blank (skipped silently); row 8: a date, a boolean, a formula error
			Row more = skills.createRow(7);
			text(more, 0, "Çağrı Yılmaz");
			more.createCell(3).setCellValue(LocalDate.of(2026, 3, 1));
			more.getCell(3).setCellStyle(dateStyle);
			more.createCell(4).setCellValue(true);
			more.createCell(5).setCellFormula("1/0");
			// row 9: no name
			Row noName = skills.createRow(8);
			text(noName, 1, "ghost@example.com");
			noName.createCell(3).setCellValue(2);
			// row 10: duplicate of row 4 by email (other name)
			Row duplicate = skills.createRow(9);
			text(duplicate, 0, "Ana M. Lima");
			text(duplicate, 1, "ANA@example.com");
			duplicate.createCell(3).setCellValue(1);
			// row 11: duplicate of row 6 by name (no email on either), spaces and case differ
			Row sameName = skills.createRow(10);
			text(sameName, 0, "  zofia   wiśniewska ");
			sameName.createCell(3).setCellValue(4);
			// row 12: -1, "-", level name "None"
			Row last = skills.createRow(11);
			text(last, 0, "Νίκος Παπαδόπουλος");
			text(last, 3, "-1");
			text(last, 4, "-");
			text(last, 5, "None");

			Sheet old = workbook.createSheet("Old Q2");
			header(old.createRow(0), "Full name", "Kubernetes");
			// Open on "Skills", as Excel would after hiding the first sheet: LibreOffice shows a hidden active sheet.
			hidden.setSelected(false);
			skills.setSelected(true);
			workbook.setActiveSheet(1);
			workbook.setFirstVisibleTab(1);

			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private static void header(Row row, String... headers) {
		for (int i = 0; i < headers.length; i++) {
			if (!headers[i].isEmpty()) {
				row.createCell(i).setCellValue(headers[i]);
			}
		}
	}

	private static void text(Row row, int column, String value) {
		row.createCell(column).setCellValue(value);
	}

}
