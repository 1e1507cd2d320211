package com.skillgap.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.skillgap.intake.IntakeFixtures.Outcome;

import static com.skillgap.intake.CraftedWorkbooks.HEADER;
import static com.skillgap.intake.CraftedWorkbooks.number;
import static com.skillgap.intake.CraftedWorkbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Workbooks no spreadsheet program writes, each read or refused with a reason and never half-understood. */
class CraftedWorkbookTests {

	private static final String SAVE_AGAIN = "open it in Excel or LibreOffice and save it again as .xlsx";

	@TempDir
	Path folder;

	@Test
	void readsAStrictOpenXmlWorkbook() throws Exception {
		Path file = CraftedWorkbooks.strictWorkbook(this.folder.resolve("strict.xlsx"),
				HEADER + "<row r=\"2\">" + text("A2", "Ana Lima") + number("B2", 3) + "</row>");
		Outcome outcome = IntakeFixtures.read(null, file);
		assertThat(outcome.files()).extracting(FileOutcome::reason).containsExactly((String) null);
		assertThat(outcome.imported()).singleElement()
			.satisfies(row -> assertThat(row.person().levels()).isEqualTo(Map.of("kubernetes", 3)));
	}

	@Test
	void refusesRowsOutOfOrderSoThatNoTwoRowsShareANumber() throws Exception {
		Path file = CraftedWorkbooks.workbook(this.folder.resolve("rows.xlsx"),
				HEADER + "<row r=\"2\">" + text("A2", "Ana") + "</row><row r=\"2\">" + text("A2", "Bob") + "</row>");
		assertThat(reason(file)).isEqualTo("the sheet's XML is damaged (row '2' comes after row 2 (rows must be "
				+ "numbered 1 to 1048576, in order)): " + SAVE_AGAIN);
	}

	@Test
	void refusesCellsOutOfOrderSoThatARowCannotPileUpCells() throws Exception {
		Path file = CraftedWorkbooks.workbook(this.folder.resolve("cells.xlsx"),
				HEADER + "<row r=\"2\">" + text("A2", "Ana") + number("B2", 1) + number("B2", 2) + "</row>");
		assertThat(reason(file)).isEqualTo("the sheet's XML is damaged (in row 2, cell 'B2' comes after column B "
				+ "(cells must be in column order)): " + SAVE_AGAIN);
	}

	@Test
	void refusesAWordDocumentNamedXlsx() throws Exception {
		Path file = CraftedWorkbooks.wordDocument(this.folder.resolve("letter.xlsx"));
		assertThat(reason(file)).isEqualTo("the file is an Office document but not a workbook (a Word or PowerPoint "
				+ "file?): send the spreadsheet itself, saved as .xlsx");
	}

	@Test
	void quotesAtMostEightyCharactersOfAFilesOwnText() throws Exception {
		String longHeader = "x".repeat(5000);
		Path file = CraftedWorkbooks.workbook(this.folder.resolve("long.xlsx"), "<row r=\"1\">" + text("A1", "Name")
				+ text("B1", "Kubernetes") + text("C1", longHeader) + "</row>");
		Outcome outcome = IntakeFixtures.read(null, file);
		assertThat(outcome.notices()).singleElement()
			.satisfies(notice -> assertThat(notice.message())
				.isEqualTo("column C '" + "x".repeat(80) + "…' is not in the matrix; ignored"));
	}

	@Test
	void rejectsARowWhoseNameIsLongerThanAnyName() throws Exception {
		Path file = CraftedWorkbooks.workbook(this.folder.resolve("name.xlsx"),
				HEADER + "<row r=\"2\">" + text("A2", "n".repeat(201)) + number("B2", 1) + "</row>");
		assertThat(IntakeFixtures.read(null, file).rejected()).extracting(DataIssue::message)
			.containsExactly("row 2: the Name cell holds more than 200 characters");
	}

	private static String reason(Path file) {
		Outcome outcome = IntakeFixtures.read(null, file);
		assertThat(outcome.files()).last().satisfies(last -> assertThat(last.imported()).isFalse());
		return outcome.files().get(outcome.files().size() - 1).reason();
	}

	@Test
	void rejectsARowWhoseTeamNameDecomposesIntoAnOverlongId(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("team.csv"),
				"Name,Team,Kubernetes\nAna Lima," + "\uFB03".repeat(70) + ",3\n");
		assertThat(IntakeFixtures.read(null, file).rejected()).extracting(DataIssue::message)
			.containsExactly("row 2: the team name makes an id longer than 200 characters");
	}

}
