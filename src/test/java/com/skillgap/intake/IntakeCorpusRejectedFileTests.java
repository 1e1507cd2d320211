package com.skillgap.intake;

import static com.skillgap.intake.IntakeCorpus.assertRejected;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The corpus files {@code input-format.md} refuses: other kinds of file, renamed, encrypted, damaged, empty or
 * not-UTF-8 files, and sheets without a usable header. Each is refused with a reason that says what to do, and
 * gives no rows and no issues.
 */
class IntakeCorpusRejectedFileTests {

	@Test
	@DisplayName("rejected-opendocument.ods — an .ods is refused: save it as .xlsx")
	void refusesAnOpenDocumentSpreadsheet() {
		assertRejected(IntakeCorpus.read("rejected-opendocument.ods"),
				"OpenDocument spreadsheets are not supported: save it as .xlsx");
	}

	@Test
	@DisplayName("rejected-apple-numbers.numbers — a .numbers file is refused: export it as .xlsx")
	void refusesAnAppleNumbersDocument() {
		assertRejected(IntakeCorpus.read("rejected-apple-numbers.numbers"),
				"Apple Numbers files are not supported: export it as .xlsx (File > Export To > Excel)");
	}

	@Test
	@DisplayName("rejected-pdf-renamed.xlsx — a PDF renamed to .xlsx is refused as the PDF it is")
	void refusesAPdfRenamedToXlsx() {
		assertRejected(IntakeCorpus.read("rejected-pdf-renamed.xlsx"),
				"the file is a PDF renamed to .xlsx: send the spreadsheet itself, saved as .xlsx");
	}

	@Test
	@DisplayName("rejected-png-renamed.xlsx — a picture renamed to .xlsx is refused as the picture it is")
	void refusesAPictureRenamedToXlsx() {
		assertRejected(IntakeCorpus.read("rejected-png-renamed.xlsx"),
				"the file is a picture renamed to .xlsx: send the spreadsheet itself, saved as .xlsx");
	}

	@Test
	@DisplayName("rejected-encrypted.xlsx — a password-protected workbook is refused: remove the password")
	void refusesAnEncryptedWorkbook() {
		assertRejected(IntakeCorpus.read("rejected-encrypted.xlsx"),
				"the workbook is protected with a password, so it cannot be read: remove the password "
						+ "(File > Info > Protect Workbook > Encrypt with Password) and send it again");
	}

	@Test
	@DisplayName("rejected-truncated.xlsx — a damaged (cut off) workbook is refused, without server paths in the reason")
	void refusesATruncatedWorkbook() {
		assertRejected(IntakeCorpus.read("rejected-truncated.xlsx"),
				"the workbook is damaged or incomplete (it may have been cut off while copying or uploading): "
						+ "open it in Excel or LibreOffice and save it again as .xlsx");
	}

	@Test
	@DisplayName("rejected-empty.xlsx — an empty .xlsx is refused")
	void refusesAnEmptyWorkbookFile() {
		assertRejected(IntakeCorpus.read("rejected-empty.xlsx"), "the file is empty: export the sheet again");
	}

	@Test
	@DisplayName("rejected-empty.csv — an empty .csv is refused")
	void refusesAnEmptyCsvFile() {
		assertRejected(IntakeCorpus.read("rejected-empty.csv"), "the file is empty: export the sheet again");
	}

	@Test
	@DisplayName("rejected-windows-1252.csv — a .csv that is not UTF-8 is refused, not read as garbled text")
	void refusesAWindows1252Csv() {
		// line 1 (the header) is ASCII; line 2 has é as the single byte 0xE9
		assertRejected(IntakeCorpus.read("rejected-windows-1252.csv"),
				"the file is not UTF-8 text: line 2 has bytes that are not UTF-8 (the file may be saved as "
						+ "Windows-1252 or Latin-1, so accented letters would come out garbled): save it as "
						+ "\"CSV UTF-8\" from Excel, or as UTF-8 from your editor");
	}

	@Test
	@DisplayName("rejected-utf16-unicode-text.csv — a UTF-16 .csv (Excel's Unicode Text) is refused as UTF-16")
	void refusesAUtf16Csv() {
		assertRejected(IntakeCorpus.read("rejected-utf16-unicode-text.csv"),
				"the file is UTF-16 text (what Excel's \"Unicode Text\" writes), not UTF-8: save it as \"CSV UTF-8\" "
						+ "from Excel, or as UTF-8 from your editor");
	}

	@Test
	@DisplayName("rejected-no-responsibility-column.xlsx — a header naming no responsibility: nothing to analyse")
	void refusesASheetWithoutResponsibilityColumns() {
		assertRejected(IntakeCorpus.read("rejected-no-responsibility-column.xlsx"),
				"the header row (Skills row 1) has no column named after a responsibility of the matrix, so there "
						+ "is nothing to analyse: use the column names of the template");
	}

	@Test
	@DisplayName("rejected-header-on-row-21.xlsx — the header must be among rows 1–20; on row 21 there is none")
	void refusesASheetWhoseHeaderIsBelowRow20() {
		assertRejected(IntakeCorpus.read("rejected-header-on-row-21.xlsx"),
				"no header row: none of the first 20 rows of a visible sheet has a column named Name, Full name, "
						+ "Employee, Person, Engineer, Team member — add a header row with the person's name column "
						+ "(the template shows one)");
	}

	@Test
	@DisplayName("rejected-plain-text.txt — a .txt is refused by its kind: save the sheet as .xlsx or .csv")
	void refusesATextFile() {
		assertRejected(IntakeCorpus.read("rejected-plain-text.txt"),
				"'.txt' files are not spreadsheets: save the sheet as .xlsx or .csv");
	}

}
