package com.skillgap.intake;

import static com.skillgap.intake.IntakeCorpus.assertImported;
import static com.skillgap.intake.IntakeCorpus.assertImportedWithoutIssues;
import static com.skillgap.intake.IntakeCorpus.notALevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.skillgap.analysis.Person;
import com.skillgap.intake.IntakeFixtures.Outcome;

/**
 * The corpus files about the "Files" table of {@code input-format.md}: workbook kinds (.xlsm, .xls, an .xls renamed
 * to .xlsx), the CSV encodings, delimiters, quoting and line ends, and the ways a workbook stores its cells (shared
 * and inline text, cells without addresses, formatting far past the data).
 */
class IntakeCorpusFormatTests {

	@Test
	@DisplayName("valid-macro-enabled.xlsm — an .xlsm is read like an .xlsx; its macros are never run")
	void readsAMacroEnabledWorkbookLikeAnyOtherWorkbook() {
		Outcome outcome = IntakeCorpus.read("valid-macro-enabled.xlsm");

		assertImportedWithoutIssues(outcome);
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					tuple(2, new Person("Zofia Wiśniewska", "zofia.wisniewska@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "infrastructure-as-code", 4,
									"linux-scripting", 3))),
					tuple(3, new Person("Çağrı Yılmaz", "cagri.yilmaz@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 4, "infrastructure-as-code", 3,
									"linux-scripting", 2))),
					tuple(4, new Person("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", "Cloud Engineer",
							null, Map.of("kubernetes", 2, "ci-cd-pipelines", 1, "infrastructure-as-code", 3,
									"linux-scripting", 3))),
					tuple(5, new Person("João Pereira", "joao.pereira@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 3, "infrastructure-as-code", 2,
									"linux-scripting", 4))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-macro-enabled", "valid-macro-enabled", List.of(), null));
	}

	@Test
	@DisplayName("valid-libreoffice.xls — an .xls is read with HSSF: cached formula values, dates, text numbers")
	void readsAnExcel97WorkbookSavedByLibreOffice() {
		assertLibreOfficeWorkbook(IntakeCorpus.read("valid-libreoffice.xls"), "valid-libreoffice.xls",
				"valid-libreoffice");
	}

	@Test
	@DisplayName("by-content-xls-renamed.xlsx — an .xls renamed to .xlsx is read as the .xls it is, by its content")
	void readsAnXlsRenamedToXlsxByItsContent() {
		assertLibreOfficeWorkbook(IntakeCorpus.read("by-content-xls-renamed.xlsx"), "by-content-xls-renamed.xlsx",
				"by-content-xls-renamed");
	}

	private static void assertLibreOfficeWorkbook(Outcome outcome, String file, String team) {
		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).containsExactly(new DataIssue(Severity.ERROR, file, "Skills", "E5", 5,
				notALevel("yes", "CI/CD pipelines", "Bartosz Dąbrowski")));
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person, ImportedRow::assessedOn)
			.containsExactly(
					// D2 =1+2 (cached 3), F2 text "4"; C2 a date
					tuple(2, new Person("Małgorzata Zielińska", "malgorzata.zielinska@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "infrastructure-as-code", 4,
									"linux-scripting", 3)),
							"2026-11-16"),
					// E3 =MAX(1,3) (cached 3), F3 text " 03 ", G3 Expert
					tuple(3, new Person("Şebnem Öztürk", "sebnem.ozturk@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 3, "infrastructure-as-code", 3,
									"linux-scripting", 4)),
							"2026-11-17"),
					// C4 the text 2026-11-18, G4 text "2"
					tuple(4, new Person("Dimitra Konstantinou", "dimitra.konstantinou@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "infrastructure-as-code", 2,
									"linux-scripting", 2)),
							"2026-11-18"),
					// E5 yes (the error), G5 empty
					tuple(5, new Person("Bartosz Dąbrowski", "bartosz.dabrowski@example.com", null, null,
							Map.of("kubernetes", 1, "infrastructure-as-code", 3)), "2026-11-19"));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers)
			.containsOnly(tuple("Skills", team, team, List.of()));
	}

	@Test
	@DisplayName("valid-utf8-comma.csv — UTF-8 without BOM, ',' as the most frequent delimiter; ';' splits managers")
	void readsUtf8CommaSeparatedText() {
		Outcome outcome = IntakeCorpus.read("valid-utf8-comma.csv");

		assertImportedWithoutIssues(outcome);
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person, ImportedRow::managers)
			.containsExactly(
					// H2 the level name Practitioner
					tuple(2, new Person("Ayşe Demir", "ayse.demir@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 4, "infrastructure-as-code", 3,
									"linux-scripting", 2)),
							List.of("mehmet.ozturk@example.com")),
					// I3 n/a: not assessed
					tuple(3, new Person("Łukasz Wróblewski", "lukasz.wroblewski@example.com", "Cloud Engineer",
							"DevOps Engineer",
							Map.of("kubernetes", 3, "ci-cd-pipelines", 1, "infrastructure-as-code", 4)),
							List.of("mehmet.ozturk@example.com")),
					tuple(4, new Person("Ελένη Γεωργίου", "eleni.georgiou@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 2, "infrastructure-as-code", 3,
									"linux-scripting", 3)),
							List.of("mehmet.ozturk@example.com", "anika.sharma@example.com")),
					tuple(5, new Person("Günay Kılıç", "gunay.kilic@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 3, "infrastructure-as-code", 2,
									"linux-scripting", 4)),
							List.of("anika.sharma@example.com")));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::assessedOn)
			.containsOnly(tuple(null, "valid-utf8-comma", "valid-utf8-comma", null));
	}

	@Test
	@DisplayName("valid-utf8-bom-semicolon.csv — a UTF-8 BOM is skipped; ';' found as the delimiter; ',' splits managers")
	void readsExcelCsvUtf8WithBomAndSemicolons() {
		Outcome outcome = IntakeCorpus.read("valid-utf8-bom-semicolon.csv");

		assertImportedWithoutIssues(outcome);
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person, ImportedRow::managers)
			.containsExactly(
					tuple(2, new Person("Małgorzata Zielińska", "malgorzata.zielinska@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "infrastructure-as-code", 4,
									"containers", 2)),
							List.of("magdalena.nowak@example.com", "henrik.berg@example.com")),
					tuple(3, new Person("Bartosz Dąbrowski", "bartosz.dabrowski@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "infrastructure-as-code", 3,
									"containers", 3)),
							List.of("magdalena.nowak@example.com")),
					tuple(4, new Person("Agnieszka Wójcik", "agnieszka.wojcik@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 4, "infrastructure-as-code", 1,
									"containers", 4)),
							List.of("magdalena.nowak@example.com")),
					// F5 Working, G5 '-': not assessed
					tuple(5, new Person("Şebnem Öztürk", "sebnem.ozturk@example.com", null, null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 2, "infrastructure-as-code", 2)),
							List.of("henrik.berg@example.com", "magdalena.nowak@example.com")));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::assessedOn)
			.containsOnly(tuple(null, "valid-utf8-bom-semicolon", "valid-utf8-bom-semicolon", null));
	}

	@Test
	@DisplayName("valid-tab-delimited.csv — tab found as the delimiter; an unknown role keeps its commas, no warning")
	void readsTabSeparatedText() {
		Outcome outcome = IntakeCorpus.read("valid-tab-delimited.csv");

		assertImportedWithoutIssues(outcome);
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					tuple(2, new Person("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com",
							"Cloud Engineer, acting lead", null, Map.of("kubernetes", 4, "ci-cd-pipelines", 2,
									"infrastructure-as-code", 4, "containers", 2))),
					tuple(3, new Person("Dimitra Konstantinou", "dimitra.konstantinou@example.com", "Cloud Engineer",
							null, Map.of("kubernetes", 3, "ci-cd-pipelines", 1, "infrastructure-as-code", 3,
									"containers", 1))),
					tuple(4, new Person("Emre Aksoy", "emre.aksoy@example.com", "DevOps Engineer, Platform", null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 4, "infrastructure-as-code", 3,
									"containers", 4))),
					// G5 '?': not assessed
					tuple(5, new Person("Zofia Wiśniewska", "zofia.wisniewska@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 3, "infrastructure-as-code", 2))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple(null, "valid-tab-delimited", "valid-tab-delimited", List.of(), null));
	}

	@Test
	@DisplayName("valid-rfc4180-quoting.csv — RFC 4180 quoting; rows are records, so a quoted line break is no new row")
	void readsRfc4180QuotingAndNumbersRowsByRecord() {
		Outcome outcome = IntakeCorpus.read("valid-rfc4180-quoting.csv");

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		// Record 5 starts on line 6: the record after the two-line name is row 5, as a spreadsheet shows it.
		assertThat(outcome.cellIssues()).containsExactly(new DataIssue(Severity.ERROR, "valid-rfc4180-quoting.csv",
				null, "E5", 5, notALevel("yes", "Kubernetes", "Kenji Watanabe")));
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person, ImportedRow::managers)
			.containsExactly(
					tuple(2, new Person("Núñez, José María", "jose.nunez@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "infrastructure-as-code", 4)),
							List.of("henrik.berg@example.com", "magdalena.nowak@example.com")),
					// quoted "3", Expert and an empty quoted field
					tuple(3, new Person("Ana \"AJ\" Lima", "ana.lima@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 4)), List.of("henrik.berg@example.com")),
					// the name keeps its line break: the spec does not normalise names
					tuple(4, new Person("Agnieszka\nWójcik", "agnieszka.wojcik@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 3, "infrastructure-as-code", 1)),
							List.of("henrik.berg@example.com")),
					tuple(5, new Person("Kenji Watanabe", "kenji.watanabe@example.com", "Cloud Engineer", null,
							Map.of("ci-cd-pipelines", 2, "infrastructure-as-code", 3)),
							List.of("henrik.berg@example.com")),
					// every field quoted; G6 an em dash: not assessed
					tuple(6, new Person("Çağrı Yılmaz", "cagri.yilmaz@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 2)), List.of("henrik.berg@example.com")));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::assessedOn)
			.containsOnly(tuple(null, "valid-rfc4180-quoting", "valid-rfc4180-quoting", null));
	}

	@Test
	@DisplayName("valid-delimiter-tie.csv — as many ';' as ',' in the first 20 lines: the tie goes to ','")
	void givesADelimiterTieToTheComma() {
		Outcome outcome = IntakeCorpus.read("valid-delimiter-tie.csv");

		assertImported(outcome);
		// Read with ';' the title line would split and no row would name a person column: the file would be refused.
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person, ImportedRow::managers)
			.containsExactly(
					tuple(3, new Person("Håkon Ødegård", null, null, null, Map.of("kubernetes", 3)),
							List.of("sigrid.overgaard@example.com", "lars.holm@example.com", "hr@example.com")),
					tuple(4, new Person("Sigrid Øvergaard", null, null, null, Map.of("kubernetes", 4)),
							List.of("lars.holm@example.com", "hr@example.com", "ops@example.com")),
					tuple(5, new Person("Lars Holm", null, null, null, Map.of("kubernetes", 2)),
							List.of("hr@example.com", "ops@example.com")),
					tuple(6, new Person("Chloé Lefèvre", null, null, null, Map.of("kubernetes", 3)),
							List.of("lars.holm@example.com", "hr@example.com", "ops@example.com")));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::assessedOn)
			.containsOnly(tuple(null, "valid-delimiter-tie", "valid-delimiter-tie", null));
	}

	@Test
	@DisplayName("valid-crlf.csv — CRLF line ends leave no \\r in values; the empty last line is a blank row, skipped")
	void readsCrlfLineEndsAndSkipsTheEmptyLastLine() {
		Outcome outcome = IntakeCorpus.read("valid-crlf.csv");

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		// a "2\r" in the last column would be an error cell, not level 2
		assertThat(outcome.cellIssues()).isEmpty();
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					tuple(2, new Person("Renée Müller", "renee.muller@example.com", null, null,
							Map.of("kubernetes", 3, "containers", 4, "incident-response", 2))),
					tuple(3, new Person("José María Núñez", "jose.nunez@example.com", null, null,
							Map.of("kubernetes", 2, "containers", 3, "incident-response", 3))),
					tuple(4, new Person("Elif Şahin", "elif.sahin@example.com", null, null,
							Map.of("kubernetes", 4, "containers", 2, "incident-response", 4))),
					// F5 N/A: not assessed
					tuple(5, new Person("Βασίλης Οικονόμου", "vasilis.oikonomou@example.com", null, null,
							Map.of("kubernetes", 1, "containers", 1))));
		assertThat(outcome.imported().size() + outcome.rejected().size()).as("rowsRead").isEqualTo(4);
		// the Squad column names the team
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple(null, "platform-team", "Platform Team", List.of(), null));
	}

	@Test
	@DisplayName("valid-shared-and-inline-strings.xlsx — shared and inline text, rich-text runs joined, rPh left out")
	void readsSharedAndInlineTextWithoutPhoneticReadings() {
		Outcome outcome = IntakeCorpus.read("valid-shared-and-inline-strings.xlsx");

		assertImportedWithoutIssues(outcome);
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					// A2, D2, E2 inline
					tuple(2, new Person("Ana Lima", "ana.lima@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 4, "infrastructure-as-code", 2))),
					// A3 shared rich text: "Kenji" + " Watanabe"
					tuple(3, new Person("Kenji Watanabe", "kenji.watanabe@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 2, "infrastructure-as-code", 3))),
					// A4 shared, with phonetic runs サトウ, ケン
					tuple(4, new Person("佐藤 健", "ken.sato@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 3, "infrastructure-as-code", 4))),
					// A5 inline, with phonetic runs スズキ, ハナコ; E5 inline Expert
					tuple(5, new Person("鈴木 花子", "hanako.suzuki@example.com", "DevOps Engineer", null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 4, "infrastructure-as-code", 3))),
					// A6 inline rich text; D6 inline " 03 ", F6 inline N/A
					tuple(6, new Person("Ελένη Γεωργίου", "eleni.georgiou@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-shared-and-inline-strings", "valid-shared-and-inline-strings",
					List.of(), null));
	}

	@Test
	@DisplayName("valid-no-cell-references.xlsx — rows and cells without r attributes are placed by their order")
	void addressesCellsWithoutReferencesByTheirOrder() {
		Outcome outcome = IntakeCorpus.read("valid-no-cell-references.xlsx");

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).containsExactly(new DataIssue(Severity.ERROR,
				"valid-no-cell-references.xlsx", "Skills", "F5", 5, notALevel("yes", "Linux & scripting", "Ayşe Demir")));
		// header on row 3 after a title and an empty <row/>; row 6 is an empty <row/>
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					// D4 an empty <c/>
					tuple(4, new Person("Mikkel Sørensen", "mikkel.sorensen@example.com", null, null,
							Map.of("kubernetes", 3, "infrastructure-as-code", 4, "linux-scripting", 2))),
					// E5 an empty <c/>
					tuple(5, new Person("Ayşe Demir", "ayse.demir@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 4))),
					tuple(7, new Person("Dimitra Konstantinou", "dimitra.konstantinou@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "infrastructure-as-code", 3,
									"linux-scripting", 3))),
					tuple(8, new Person("Łukasz Wróblewski", "lukasz.wroblewski@example.com", null, null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 2, "infrastructure-as-code", 3,
									"linux-scripting", 4))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-no-cell-references", "valid-no-cell-references", List.of(), null));
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	@DisplayName("valid-excel-formatted-tail.xlsx — styled empty cells as far as XFD1048576 are no data: no column limit")
	void readsASheetFormattedToItsLastRowAndColumnQuickly() {
		Outcome outcome = IntakeCorpus.read("valid-excel-formatted-tail.xlsx");

		assertImported(outcome);
		// no "no header but holds data" warning for the styled empty cells in G, Z and XFD
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					tuple(2, new Person("Elif Şahin", "elif.sahin@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 3, "infrastructure-as-code", 2,
									"linux-scripting", 4))),
					tuple(3, new Person("Tomasz Król", "tomasz.krol@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 2, "infrastructure-as-code", 4,
									"linux-scripting", 3))),
					tuple(4, new Person("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 2, "infrastructure-as-code", 3,
									"linux-scripting", 3))),
					tuple(5, new Person("Lucía Fernández", "lucia.fernandez@example.com", null, null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 4, "infrastructure-as-code", 2,
									"linux-scripting", 2))));
		assertThat(outcome.imported().size() + outcome.rejected().size()).as("rowsRead").isEqualTo(4);
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-excel-formatted-tail", "valid-excel-formatted-tail", List.of(), null));
	}

}
