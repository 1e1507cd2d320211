package com.skillgap.intake;

import static com.skillgap.intake.IntakeCorpus.assertImported;
import static com.skillgap.intake.IntakeCorpus.notALevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.skillgap.analysis.Person;
import com.skillgap.intake.IntakeFixtures.Outcome;

/**
 * The corpus files about "Which sheet, which header row", "Columns" (ignored columns, the team column and team ids)
 * and "Long layout" of {@code input-format.md}.
 */
class IntakeCorpusSheetAndColumnTests {

	@Test
	@DisplayName("valid-sheet-choice.xlsx — the first visible sheet with a header is read; another such sheet gets a warning")
	void readsTheFirstVisibleSkillSheetAndWarnsAboutTheOtherOne() {
		Outcome outcome = IntakeCorpus.read("valid-sheet-choice.xlsx");

		assertImported(outcome);
		// nothing about the hidden "Instructions", the very hidden "Lookups" or the chart sheet "Chart"
		assertThat(outcome.notices()).containsExactly(new DataIssue(Severity.WARNING, "valid-sheet-choice.xlsx",
				"Old Q2", null, null, "sheet 'Old Q2' also looks like a skill sheet; only 'Skills' was read"));
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					tuple(2, new Person("Elif Şahin", "elif.sahin@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "infrastructure-as-code", 4))),
					tuple(3, new Person("Bartosz Dąbrowski", "bartosz.dabrowski@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "infrastructure-as-code", 3))),
					tuple(4, new Person("Ελένη Γεωργίου", "eleni.georgiou@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 4, "infrastructure-as-code", 2))),
					tuple(5, new Person("Chloé Lefèvre", "chloe.lefevre@example.com", null, null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 2, "infrastructure-as-code", 3))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-sheet-choice", "valid-sheet-choice", List.of(), null));
	}

	@Test
	@DisplayName("valid-title-rows-merged.xlsx — the header is the first row naming the person column; titles above ignored")
	void findsTheHeaderBelowMergedTitleRows() {
		Outcome outcome = IntakeCorpus.read("valid-title-rows-merged.xlsx");

		assertImported(outcome);
		// the merged title A1:H1 and note A2:H3 are not a header; the empty merged I5:J5 holds nothing
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					tuple(6, new Person("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "infrastructure-as-code", 4,
									"linux-scripting", 3, "containers", 1))),
					tuple(7, new Person("Łukasz Wróblewski", "lukasz.wroblewski@example.com", "DevOps Engineer",
							null, Map.of("kubernetes", 3, "ci-cd-pipelines", 4, "infrastructure-as-code", 3,
									"linux-scripting", 3, "containers", 4))),
					// H8 empty
					tuple(8, new Person("Małgorzata Zielińska", "malgorzata.zielinska@example.com", "Cloud Engineer",
							null, Map.of("kubernetes", 4, "ci-cd-pipelines", 2, "infrastructure-as-code", 4,
									"linux-scripting", 2))),
					tuple(9, new Person("Grzegorz Brzęczyszczykiewicz", "grzegorz.b@example.com", "DevOps Engineer",
							null, Map.of("kubernetes", 2, "ci-cd-pipelines", 3, "infrastructure-as-code", 2,
									"linux-scripting", 4, "containers", 3))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Ocena Q4", "valid-title-rows-merged", "valid-title-rows-merged", List.of(), null));
	}

	@Test
	@DisplayName("valid-column-rules.xlsx — unknown, repeated, headerless columns: ignored, one warning each at the header")
	void ignoresUnknownRepeatedAndHeaderlessColumnsWithOneWarningEach() {
		Outcome outcome = IntakeCorpus.read("valid-column-rules.xlsx");

		assertImported(outcome);
		// The header's warnings come first; the headerless column is found when its data is (row 2).
		assertThat(outcome.notices()).containsExactly(
				new DataIssue(Severity.WARNING, "valid-column-rules.xlsx", "Skills", "D1", 1,
						"column D 'Golang' is not in the matrix; ignored"),
				new DataIssue(Severity.WARNING, "valid-column-rules.xlsx", "Skills", "F1", 1,
						"column F 'K8s' names Kubernetes again (column C is read); ignored"),
				new DataIssue(Severity.WARNING, "valid-column-rules.xlsx", "Skills", "H1", 1,
						"column H 'E-mail' repeats column B; only the first is read, this one is ignored"),
				new DataIssue(Severity.WARNING, "valid-column-rules.xlsx", "Skills", "G1", 1,
						"column G has no header but holds data (first in row 2); ignored"));
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
		// Kubernetes from column C only (F disagrees in every row), email from column B only (H2 is another address)
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::person)
			.containsExactly(
					tuple(2, new Person("Mikkel Sørensen", "mikkel.sorensen@example.com", null, null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "infrastructure-as-code", 3))),
					tuple(3, new Person("Eleni Georgiou", "eleni.georgiou@example.com", null, null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 4, "infrastructure-as-code", 2))),
					tuple(4, new Person("Tomasz Król", "tomasz.krol@example.com", null, null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "infrastructure-as-code", 4))),
					tuple(5, new Person("Şebnem Öztürk", "sebnem.ozturk@example.com", null, null,
							Map.of("kubernetes", 1, "ci-cd-pipelines", 2, "infrastructure-as-code", 1))));
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::managers,
					ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", "valid-column-rules", "valid-column-rules", List.of(), null));
	}

	@Test
	@DisplayName("valid-team-column.xlsx — the row's team cell names the team, else the file name; ids by the NFKD rule")
	void takesEachRowsTeamFromItsTeamCell() {
		Outcome outcome = IntakeCorpus.read("valid-team-column.xlsx");

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		// Ana Lima's second row is in another team: not a duplicate
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
		// A row carries its own team cell, trimmed; the team's display name (as first written) is kept where teams
		// are merged, after intake.
		assertThat(outcome.imported())
			.extracting(ImportedRow::row, ImportedRow::teamId, ImportedRow::teamName, ImportedRow::person)
			.containsExactly(
					tuple(2, "platform-team", "Platform Team", new Person("Ana Lima", "ana.lima@example.com",
							"DevOps Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 4, "infrastructure-as-code", 2))),
					tuple(3, "equipe-reseau", "Équipe Réseau", new Person("Pierre Dubois", "pierre.dubois@example.com",
							"Cloud Engineer", null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 1, "infrastructure-as-code", 3))),
					// "platform team " (other case, trailing space): the same id
					tuple(4, "platform-team", "platform team", new Person("Renée Müller", "renee.muller@example.com",
							"Cloud Engineer", null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 2, "infrastructure-as-code", 4))),
					// NFKD leaves 'ł' whole and it is not a-z: the spec's rule, taken literally, makes it a '-'
					tuple(5, "zespo-chmury", "Zespół Chmury", new Person("Agnieszka Wójcik",
							"agnieszka.wojcik@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 3, "ci-cd-pipelines", 3, "infrastructure-as-code", 3))),
					tuple(6, "equipe-reseau", "Équipe Réseau", new Person("Ana Lima", "ana.lima@example.com",
							"DevOps Engineer", null,
							Map.of("kubernetes", 2, "ci-cd-pipelines", 3, "infrastructure-as-code", 1))),
					// a blank team cell, no --team: the file name
					tuple(7, "valid-team-column", "valid-team-column", new Person("Elif Şahin",
							"elif.sahin@example.com", "Cloud Engineer", null,
							Map.of("kubernetes", 4, "ci-cd-pipelines", 3, "infrastructure-as-code", 4))));
		assertThat(outcome.imported()).extracting(ImportedRow::sheet, ImportedRow::managers, ImportedRow::assessedOn)
			.containsOnly(tuple("Skills", List.of(), null));
	}

	@Test
	@DisplayName("valid-long-layout.xlsx — Name, Skill and Level columns: one row per person and responsibility")
	void readsALongLayoutWorkbook() {
		Outcome outcome = IntakeCorpus.read("valid-long-layout.xlsx");
		String file = "valid-long-layout.xlsx";

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).containsExactly(
				new DataIssue(Severity.ERROR, file, "Ratings", null, 8, "row 8: 'Golang' is not in the matrix"),
				new DataIssue(Severity.ERROR, file, "Ratings", null, 9, "row 9: no name"),
				// Zofia + "k8s" after Zofia + "Kubernetes" on row 2
				new DataIssue(Severity.ERROR, file, "Ratings", null, 11, "row 11: duplicate of row 2 for Kubernetes"));
		assertThat(outcome.cellIssues()).containsExactly(new DataIssue(Severity.ERROR, file, "Ratings", "E12", 12,
				notALevel("2.5", "Linux & scripting", "Νίκος Παπαδόπουλος")));
		// each imported row adds one responsibility to the person its first row started
		assertThat(outcome.imported())
			.extracting(ImportedRow::row, ImportedRow::samePersonAsRow, row -> row.person().name(),
					row -> row.person().email(), row -> row.person().levels())
			.containsExactly(tuple(2, null, "Zofia Wiśniewska", "zofia.wisniewska@example.com", Map.of("kubernetes", 3)),
					tuple(3, null, "Çağrı Yılmaz", "cagri.yilmaz@example.com", Map.of("ci-cd-pipelines", 4)),
					tuple(4, null, "Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com",
							Map.of("infrastructure-as-code", 2)),
					tuple(5, 2, "Zofia Wiśniewska", "zofia.wisniewska@example.com", Map.of("ci-cd-pipelines", 2)),
					tuple(6, 3, "Çağrı Yılmaz", "cagri.yilmaz@example.com", Map.of("kubernetes", 2)),
					tuple(7, 4, "Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", Map.of("kubernetes", 3)),
					tuple(10, 3, "Çağrı Yılmaz", "cagri.yilmaz@example.com", Map.of("infrastructure-as-code", 4)),
					tuple(12, 4, "Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", Map.of()),
					tuple(13, null, "João Pereira", "joao.pereira@example.com", Map.of()),
					tuple(14, 13, "João Pereira", "joao.pereira@example.com", Map.of("containers", 1)),
					tuple(15, 2, "Zofia Wiśniewska", "zofia.wisniewska@example.com", Map.of("linux-scripting", 3)));
		assertThat(IntakeCorpus.levelsByPerson(outcome)).containsExactly(
				entry("Zofia Wiśniewska", Map.of("kubernetes", 3, "ci-cd-pipelines", 2, "linux-scripting", 3)),
				entry("Çağrı Yılmaz", Map.of("ci-cd-pipelines", 4, "kubernetes", 2, "infrastructure-as-code", 4)),
				entry("Νίκος Παπαδόπουλος", Map.of("infrastructure-as-code", 2, "kubernetes", 3)),
				entry("João Pereira", Map.of("containers", 1)));
		// rowsImported counts rows, as in the wide layout
		assertThat(outcome.imported().size() + outcome.rejected().size()).as("rowsRead").isEqualTo(14);
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, row -> row.person().currentRole(),
					row -> row.person().targetRole(), ImportedRow::managers, ImportedRow::assessedOn)
			.containsOnly(tuple("Ratings", "platform-team", "Platform Team", null, null, List.of(), null));
	}

	@Test
	@DisplayName("valid-long-layout.csv — long layout by the other aliases (Full name, Responsibility, Rating) in a .csv")
	void readsALongLayoutCsvFile() {
		Outcome outcome = IntakeCorpus.read("valid-long-layout.csv");
		String file = "valid-long-layout.csv";

		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).containsExactly(new DataIssue(Severity.ERROR, file, null, null, 6, "row 6: no name"),
				new DataIssue(Severity.ERROR, file, null, null, 7, "row 7: 'Golang' is not in the matrix"),
				// Ana + "kubernetes" after Ana + "Kubernetes" on row 2
				new DataIssue(Severity.ERROR, file, null, null, 10, "row 10: duplicate of row 2 for Kubernetes"));
		assertThat(outcome.cellIssues()).containsExactly(new DataIssue(Severity.ERROR, file, null, "D8", 8,
				notALevel("2.5", "Kubernetes", "Małgorzata Zielińska")));
		assertThat(outcome.imported())
			.extracting(ImportedRow::row, ImportedRow::samePersonAsRow, row -> row.person().name(),
					row -> row.person().email(), row -> row.person().levels(), ImportedRow::assessedOn)
			.containsExactly(
					tuple(2, null, "Ana Lima", "ana.lima@example.com", Map.of("kubernetes", 4), "2026-11-09"),
					tuple(3, null, "Kenji Watanabe", "kenji.watanabe@example.com", Map.of("networking-firewalls", 3),
							"2026-11-10"),
					tuple(4, null, "Małgorzata Zielińska", "malgorzata.zielinska@example.com",
							Map.of("infrastructure-as-code", 3), "2026-11-12"),
					tuple(5, 2, "Ana Lima", "ana.lima@example.com", Map.of("ci-cd-pipelines", 3), "2026-11-09"),
					tuple(8, 4, "Małgorzata Zielińska", "malgorzata.zielinska@example.com", Map.of(), "2026-11-12"),
					// rating '-': not assessed
					tuple(9, 3, "Kenji Watanabe", "kenji.watanabe@example.com", Map.of(), "2026-11-10"),
					tuple(11, 4, "Małgorzata Zielińska", "malgorzata.zielinska@example.com",
							Map.of("incident-response", 1), "2026-11-12"),
					tuple(12, 3, "Kenji Watanabe", "kenji.watanabe@example.com", Map.of("incident-response", 2),
							"2026-11-10"));
		assertThat(IntakeCorpus.levelsByPerson(outcome)).containsExactly(
				entry("Ana Lima", Map.of("kubernetes", 4, "ci-cd-pipelines", 3)),
				entry("Kenji Watanabe", Map.of("networking-firewalls", 3, "incident-response", 2)),
				entry("Małgorzata Zielińska", Map.of("infrastructure-as-code", 3, "incident-response", 1)));
		assertThat(outcome.imported().size() + outcome.rejected().size()).as("rowsRead").isEqualTo(11);
		assertThat(outcome.imported())
			.extracting(ImportedRow::sheet, ImportedRow::teamId, ImportedRow::teamName, row -> row.person().currentRole(),
					row -> row.person().targetRole(), ImportedRow::managers)
			.containsOnly(tuple(null, "valid-long-layout", "valid-long-layout", null, null, List.of()));
	}

}
