package com.skillgap.intake;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.skillgap.intake.IntakeFixtures.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ratings.xls} is {@code ratings.xlsx} saved by LibreOffice as Excel 97–2003
 * ({@code soffice --headless --convert-to xls ratings.xlsx}): read with HSSF it must give exactly what the
 * {@code .xlsx} gives — sheets, header, cached formula values and errors, dates, booleans, text numbers.
 */
class XlsWorkbookTests {

	private final Outcome xlsx = IntakeFixtures.read(null, IntakeFixtures.fixture("ratings.xlsx"));

	@Test
	void readsAnXlsWorkbookExactlyAsTheSameWorkbookSavedAsXlsx() {
		Outcome xls = IntakeFixtures.read(null, IntakeFixtures.fixture("ratings.xls"));
		assertSameContent(xls, "ratings.xls");
	}

	@Test
	void readsAnXlsWorkbookRenamedToXlsxByItsContent(@TempDir Path folder) throws Exception {
		Path renamed = Files.copy(IntakeFixtures.fixture("ratings.xls"), folder.resolve("ratings.xlsx"));
		assertSameContent(IntakeFixtures.read(null, renamed), "ratings.xlsx");
	}

	private void assertSameContent(Outcome xls, String fileName) {
		assertThat(xls.files()).extracting(FileOutcome::imported, FileOutcome::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(true, null));
		assertThat(xls.imported()).extracting(row -> row.person(), ImportedRow::row, ImportedRow::teamId,
				ImportedRow::sheet)
			.isEqualTo(this.xlsx.imported()
				.stream()
				.map(row -> org.assertj.core.groups.Tuple.tuple(row.person(), row.row(), row.teamId(), row.sheet()))
				.toList());
		assertThat(xls.cellIssues()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("file")
			.isEqualTo(this.xlsx.cellIssues());
		assertThat(xls.rejected()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("file")
			.isEqualTo(this.xlsx.rejected());
		assertThat(xls.notices()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("file")
			.isEqualTo(this.xlsx.notices());
		assertThat(xls.cellIssues()).extracting(DataIssue::file).containsOnly(fileName);
	}

}
