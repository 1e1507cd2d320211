package com.skillgap.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.skillgap.intake.IntakeFixtures.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LongLayoutTests {

	@TempDir
	Path folder;

	private Outcome read(String csv) throws Exception {
		return IntakeFixtures.read(null, Files.writeString(this.folder.resolve("long.csv"), csv));
	}

	@Test
	void gathersAPersonsRowsFromAnywhereInTheFileIntoOnePerson() throws Exception {
		Outcome outcome = read("""
				Name,Email,Skill,Level
				Ana Lima,ana@example.com,Kubernetes,3
				Kenji Sato,,CI/CD pipelines,4
				Ana Lima,,Infrastructure as code,practitioner
				Kenji Sato,,Containers,N/A
				ANA LIMA,ana@EXAMPLE.com,cloud-networking,0
				""");
		assertThat(outcome.imported()).extracting(ImportedRow::row, ImportedRow::samePersonAsRow)
			.containsExactly(tuple(2, null), tuple(3, null), tuple(4, 2), tuple(5, 3), tuple(6, 2));
		assertThat(outcome.imported()).flatExtracting(row -> row.person().levels().entrySet())
			.containsExactly(Map.entry("kubernetes", 3), Map.entry("ci-cd-pipelines", 4),
					Map.entry("infrastructure-as-code", 3), Map.entry("networking-firewalls", 0));
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
	}

	@Test
	void rejectsTheLaterRowForTheSamePersonAndResponsibilityAnUnknownSkillAndABlankSkill() throws Exception {
		Outcome outcome = read("""
				Name,Skill,Level
				Ana Lima,Kubernetes,3
				Ana Lima,Golang,3
				Ana Lima,,2
				,Kubernetes,2
				ana  lima,k8s,1
				""");
		assertThat(outcome.rejected()).extracting(DataIssue::severity, DataIssue::cell, DataIssue::row,
				DataIssue::message)
			.containsExactly(tuple(Severity.ERROR, null, 3, "row 3: 'Golang' is not in the matrix"),
					tuple(Severity.ERROR, null, 4, "row 4: no skill (column B is blank)"),
					tuple(Severity.ERROR, null, 5, "row 5: no name"),
					tuple(Severity.ERROR, null, 6, "row 6: duplicate of row 2 for Kubernetes"));
		assertThat(outcome.imported()).singleElement()
			.satisfies(row -> assertThat(row.person().levels()).isEqualTo(Map.of("kubernetes", 3)));
	}

	@Test
	void reportsABadLevelAtItsCellAndKeepsTheRow() throws Exception {
		Outcome outcome = read("""
				Name,Skill,Level
				Ana Lima,Kubernetes,2.5
				""");
		assertThat(outcome.cellIssues()).extracting(DataIssue::severity, DataIssue::cell, DataIssue::message)
			.containsExactly(tuple(Severity.ERROR, "C2", "'2.5' is not a level: use 0–4 or None … Expert "
					+ "(Kubernetes for Ana Lima; counted as not assessed)"));
		assertThat(outcome.imported()).singleElement()
			.satisfies(row -> assertThat(row.person().levels()).isEmpty());
	}

	@Test
	void usesTheSpecsAliasesForTheSkillAndLevelColumnsAndIgnoresResponsibilityColumns() throws Exception {
		Outcome outcome = read("""
				Engineer,Competency,Rating,Kubernetes
				Ana Lima,Kubernetes,4,1
				""");
		assertThat(outcome.imported()).singleElement()
			.satisfies(row -> assertThat(row.person().levels()).isEqualTo(Map.of("kubernetes", 4)));
		assertThat(outcome.notices()).extracting(DataIssue::severity, DataIssue::cell, DataIssue::message)
			.containsExactly(tuple(Severity.WARNING, "D1", "column D 'Kubernetes' is ignored: the sheet has one row "
					+ "per person and skill, so levels are read from its Level column"));
	}

	@Test
	void aSkillColumnWithoutALevelColumnIsNotALongLayout() throws Exception {
		Outcome outcome = read("""
				Name,Skill,Kubernetes
				Ana Lima,Kubernetes,3
				""");
		assertThat(outcome.notices()).extracting(DataIssue::cell, DataIssue::message)
			.containsExactly(tuple("B1", "column B 'Skill' is ignored: a sheet with one row per person and skill "
					+ "needs both a Skill and a Level column"));
		assertThat(outcome.imported()).singleElement()
			.satisfies(row -> assertThat(row.person().levels()).isEqualTo(Map.of("kubernetes", 3)));
	}

	@Test
	void aPersonAlreadyReadFromAnotherFileIsADuplicateThere() throws Exception {
		Path wide = Files.writeString(this.folder.resolve("a.csv"), "Name,Team,Kubernetes\nAna Lima,Platform,2\n");
		Path longer = Files.writeString(this.folder.resolve("b.csv"),
				"Name,Team,Skill,Level\nAna Lima,Platform,Containers,3\nKenji Sato,Platform,Containers,2\n");
		Outcome outcome = IntakeFixtures.read(null, wide, longer);
		assertThat(outcome.rejected()).extracting(DataIssue::file, DataIssue::message)
			.containsExactly(tuple("b.csv", "row 2: duplicate of a.csv row 2 (Ana Lima)"));
		assertThat(outcome.imported()).extracting(row -> row.person().name()).containsExactly("Ana Lima", "Kenji Sato");
	}

	@Test
	void aSheetWithASkillColumnButNoLevelColumnIsRefusedSayingWhatIsMissing() throws Exception {
		Outcome outcome = read("""
				Name,Skill,Skill level
				Ana Lima,Kubernetes,3
				""");
		assertThat(outcome.files()).extracting(FileOutcome::reason)
			.containsExactly("the header row (row 1) has a Skill column but no Level column (Level, Rating, Score, "
					+ "Proficiency), and no column named after a responsibility of the matrix: add the Level column, "
					+ "or use the column names of the template");
	}

	@Test
	void aScoreColumnInAWideSheetIsJustAColumnNotInTheMatrix() throws Exception {
		Outcome outcome = read("""
				Name,Kubernetes,Score
				Ana Lima,3,87
				""");
		assertThat(outcome.notices()).extracting(DataIssue::cell, DataIssue::message)
			.containsExactly(tuple("C1", "column C 'Score' is not in the matrix; ignored"));
	}

	@Test
	void aLaterRowOfAPersonFillsInTheEmailTheFirstRowLacked() throws Exception {
		Outcome outcome = read("""
				Name,Email,Skill,Level
				Ana Lima,,Kubernetes,3
				Ana Lima,ana@example.com,Containers,2
				""");
		assertThat(outcome.imported()).extracting(row -> row.person().email(), ImportedRow::samePersonAsRow)
			.containsExactly(tuple(null, null), tuple("ana@example.com", 2));
	}

}
