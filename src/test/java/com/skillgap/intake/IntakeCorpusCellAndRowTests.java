package com.skillgap.intake;

import static com.skillgap.intake.IntakeCorpus.assertImported;
import static com.skillgap.intake.IntakeCorpus.booleanNotALevel;
import static com.skillgap.intake.IntakeCorpus.dateNotALevel;
import static com.skillgap.intake.IntakeCorpus.formulaError;
import static com.skillgap.intake.IntakeCorpus.notALevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.skillgap.analysis.Person;
import com.skillgap.intake.IntakeFixtures.Outcome;

/**
 * The corpus files about "Rating cells" and "Rows" of {@code input-format.md}, and about the assessed-on cell: every
 * kind of rating cell, cached formula results, dates (also in the 1904 system) and the row rules (blank rows, no name,
 * duplicates, hidden rows and columns).
 */
class IntakeCorpusCellAndRowTests {

	@Test
	@DisplayName("valid-rating-cells.xlsx — each rating cell is a level, not assessed (not 0), or an error at its address")
	void readsEveryKindOfRatingCell() {
		Outcome outcome = IntakeCorpus.read("valid-rating-cells.xlsx");
		String file = "valid-rating-cells.xlsx";

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).containsExactly(
				new DataIssue(Severity.ERROR, file, "Skills", "F5", 5,
						notALevel("2.5", "Linux & scripting", "Ayşe Demir")),
				new DataIssue(Severity.ERROR, file, "Skills", "G5", 5, notALevel("5", "Containers", "Ayşe Demir")),
				new DataIssue(Severity.ERROR, file, "Skills", "H5", 5, notALevel("-1", "Cloud storage", "Ayşe Demir")),
				new DataIssue(Severity.ERROR, file, "Skills", "C6", 6, notALevel("yes", "Kubernetes", "João Pereira")),
				new DataIssue(Severity.ERROR, file, "Skills", "D6", 6,
						dateNotALevel("2026-03-01", "CI/CD pipelines", "João Pereira")),
				new DataIssue(Severity.ERROR, file, "Skills", "E6", 6,
						booleanNotALevel("TRUE", "Infrastructure as code", "João Pereira")),
				new DataIssue(Severity.ERROR, file, "Skills", "F6", 6,
						notALevel("2,5", "Linux & scripting", "João Pereira")),
				new DataIssue(Severity.ERROR, file, "Skills", "G6", 6, notALevel("4+", "Containers", "João Pereira")),
				new DataIssue(Severity.ERROR, file, "Skills", "H6", 6,
						formulaError("#VALUE!", "Cloud storage", "João Pereira")));
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					// number 3, <v>3.0</v>, number 0 (level 0, not "not assessed"), text "3", " 03 ", "3.0"
					tuple(2, new Person("Zofia Wiśniewska", "zofia.wisniewska@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 3, "infrastructure-as-code", 0,
									"linux-scripting", 3, "containers", 3, "cloud-storage", 3))),
					// =1+2 cached 3, none, EXPERT, Working, aWaReNeSs; H3 no cell
					tuple(3, new Person("Çağrı Yılmaz", "cagri.yilmaz@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 0, "infrastructure-as-code", 4,
									"linux-scripting", 2, "containers", 1))),
					// spaces, N/A, NA, n/a, Na, '-': all not assessed, none an error
					tuple(4, new Person("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", null, null, Map.of())),
					// en dash, em dash, '?' not assessed; 2.5, 5, -1 errors
					tuple(5, new Person("Ayşe Demir", "ayse.demir@example.com", null, null, Map.of())),
					// yes, a date, TRUE, "2,5", "4+", #VALUE!: all errors
					tuple(6, new Person("João Pereira", "joao.pereira@example.com", null, null, Map.of())));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-rating-cells", "valid-rating-cells", List.of(), null));
	}

	@Test
	@DisplayName("valid-formulas-libreoffice.xlsx — formulas give their cached value; a cached #REF! or #N/A is an error")
	void readsCachedFormulaResultsAndReportsFormulaErrors() {
		Outcome outcome = IntakeCorpus.read("valid-formulas-libreoffice.xlsx");
		String file = "valid-formulas-libreoffice.xlsx";

		assertImported(outcome);
		// nothing about the sheet "Levels": it has no person column
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).containsExactly(
				new DataIssue(Severity.ERROR, file, "Skills", "E2", 2,
						formulaError("#REF!", "Infrastructure as code", "Ana Lima")),
				new DataIssue(Severity.ERROR, file, "Skills", "C3", 3,
						formulaError("#N/A", "Kubernetes", "Kenji Watanabe")),
				new DataIssue(Severity.ERROR, file, "Skills", "D3", 3,
						formulaError("#DIV/0!", "CI/CD pipelines", "Kenji Watanabe")),
				new DataIssue(Severity.ERROR, file, "Skills", "D4", 4,
						formulaError("#N/A", "CI/CD pipelines", "Eleni Georgiou")),
				new DataIssue(Severity.ERROR, file, "Skills", "F4", 4,
						notALevel("2.5", "Linux & scripting", "Eleni Georgiou")));
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					// =1+2 → 3, =MAX(2,1) → 2
					tuple(2, new Person("Ana Lima", "ana.lima@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "linux-scripting", 2))),
					// the name is a formula's text result; =INDEX(…) → Practitioner
					tuple(3, new Person("Kenji Watanabe", "kenji.watanabe@example.com", null, null,
							Map.of("infrastructure-as-code", 3, "linux-scripting", 3))),
					// =2*1.5 → 3, =ROUND(2.5,0) → 3
					tuple(4, new Person("Eleni Georgiou", "eleni.georgiou@example.com", null, null,
							Map.of("kubernetes", 3, "infrastructure-as-code", 3))),
					// =C5-1 → 3, =IF(…,"Expert",…) → Expert
					tuple(5, new Person("Sigrid Øvergaard", "sigrid.overgaard@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "infrastructure-as-code", 4,
									"linux-scripting", 1))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-formulas-libreoffice", "valid-formulas-libreoffice", List.of(), null));
	}

	@Test
	@DisplayName("valid-assessed-on.xlsx — an Excel date or YYYY-MM-DD text; a datetime keeps its date; other text: a warning")
	void readsTheAssessedOnDateAndWarnsAboutTextThatIsNoDate() {
		Outcome outcome = IntakeCorpus.read("valid-assessed-on.xlsx");

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).containsExactly(new DataIssue(Severity.WARNING, "valid-assessed-on.xlsx",
				"Skills", "C6", 6, "'last week' is not a date: write the assessment date as YYYY-MM-DD or as an Excel "
						+ "date; the row was used without it"));
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::assessedOn, ImportedRow::person)
			.containsExactly(
					// yyyy-mm-dd
					tuple(2, "2026-11-16", new Person("Håkon Ødegård", "hakon.odegard@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2))),
					// shown dd.mm.yyyy
					tuple(3, "2026-11-17", new Person("Renée Müller", "renee.muller@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 4))),
					// 2026-11-18 14:30: the date, without the time
					tuple(4, "2026-11-18", new Person("Emre Aksoy", "emre.aksoy@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3))),
					// the text 2026-11-19
					tuple(5, "2026-11-19", new Person("Agnieszka Wójcik", "agnieszka.wojcik@example.com", null, null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 1))),
					// the text "last week": the row is used, without a date
					tuple(6, null, new Person("Βασίλης Οικονόμου", "vasilis.oikonomou@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 3))),
					// empty
					tuple(7, null, new Person("Lars Holm", "lars.holm@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 2))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers)
			.containsOnly(tuple("Skills", "valid-assessed-on", "valid-assessed-on", List.of()));
	}

	@Test
	@DisplayName("valid-mac-1904-dates.xlsx — dates of a workbook in the 1904 date system are the dates it shows")
	void readsDatesOfA1904Workbook() {
		Outcome outcome = IntakeCorpus.read("valid-mac-1904-dates.xlsx");

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).containsExactly(new DataIssue(Severity.ERROR, "valid-mac-1904-dates.xlsx",
				"Skills", "F4", 4, dateNotALevel("2026-03-01", "Linux & scripting", "Mehmet Öztürk")));
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::assessedOn, ImportedRow::person)
			.containsExactly(
					tuple(2, "2026-11-16", new Person("Chloé Lefèvre", "chloe.lefevre@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "linux-scripting", 3))),
					tuple(3, "2026-11-17", new Person("Sigrid Øvergaard", "sigrid.overgaard@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "linux-scripting", 4))),
					tuple(4, "2026-11-18", new Person("Mehmet Öztürk", "mehmet.ozturk@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 4))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers)
			.containsOnly(tuple("Skills", "valid-mac-1904-dates", "valid-mac-1904-dates", List.of()));
	}

	@Test
	@DisplayName("valid-row-rules.xlsx — blank rows skipped, a row with no name rejected, later duplicates rejected")
	void appliesTheRowRules() {
		Outcome outcome = IntakeCorpus.read("valid-row-rules.xlsx");
		String file = "valid-row-rules.xlsx";

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		// row 4 is empty and row 5 holds only spaces: skipped silently
		assertThat(outcome.rejected()).containsExactly(
				new DataIssue(Severity.ERROR, file, "Skills", null, 6, "row 6: no name"),
				// both rows have an email, equal ignoring case
				new DataIssue(Severity.ERROR, file, "Skills", null, 9, "row 9: duplicate of row 2 (Zofia Wiśniewska)"),
				// neither has an email: names equal after lower-casing and collapsing spaces
				new DataIssue(Severity.ERROR, file, "Skills", null, 10,
						"row 10: duplicate of row 7 (Νίκος Παπαδόπουλος)"),
				// a no-break space between the names counts as a space
				new DataIssue(Severity.ERROR, file, "Skills", null, 13, "row 13: duplicate of row 12 (Ayşe Demir)"));
		assertThat(outcome.cellIssues()).isEmpty();
		// the hidden column F (Linux) is read like the others
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					tuple(2, new Person("Zofia Wiśniewska", "zofia.wisniewska@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "infrastructure-as-code", 4,
									"linux-scripting", 3))),
					tuple(3, new Person("Çağrı Yılmaz", "cagri.yilmaz@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 4, "infrastructure-as-code", 3,
									"linux-scripting", 2))),
					tuple(7, new Person("Νίκος Παπαδόπουλος", null, null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 1, "infrastructure-as-code", 3,
									"linux-scripting", 4))),
					// a hidden row
					tuple(8, new Person("Günay Kılıç", "gunay.kilic@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "infrastructure-as-code", 2,
									"linux-scripting", 1))),
					// row 3's name with another email: both rows have emails and they differ, so another person
					tuple(11, new Person("Çağrı Yılmaz", "cagri.yilmaz2@example.com", null, null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 2, "infrastructure-as-code", 1,
									"linux-scripting", 2))),
					tuple(12, new Person("Ayşe Demir", null, null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 3, "infrastructure-as-code", 2,
									"linux-scripting", 3))));
		assertThat(outcome.imported().size() + outcome.rejected().size()).as("rowsRead").isEqualTo(10);
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-row-rules", "valid-row-rules", List.of(), null));
	}

}
