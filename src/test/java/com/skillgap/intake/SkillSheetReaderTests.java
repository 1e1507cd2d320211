package com.skillgap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.skillgap.intake.IntakeFixtures.Outcome;

/** Intake of whole files: sheets, header, columns, rating cells and row rules of {@code input-format.md}. */
class SkillSheetReaderTests {

	private final Outcome ratings = IntakeFixtures.read(null, IntakeFixtures.fixture("ratings.xlsx"));

	@Test
	void readsTheFirstVisibleSheetWithAHeaderAndNamesTheOtherSkillLikeSheet() {
		assertThat(this.ratings.files()).singleElement().satisfies(file -> assertThat(file.imported()).isTrue());
		assertThat(this.ratings.imported()).extracting(ImportedRow::sheet).containsOnly("Skills");
		assertThat(this.ratings.notices()).contains(new DataIssue(Severity.WARNING, "ratings.xlsx", "Old Q2", null,
				null, "sheet 'Old Q2' also looks like a skill sheet; only 'Skills' was read"));
	}

	@Test
	void findsTheHeaderBelowATitleRowAndReportsIgnoredColumnsAtTheirHeaderCell() {
		assertThat(this.ratings.notices()).filteredOn(issue -> "Skills".equals(issue.sheet()))
			.extracting(DataIssue::severity, DataIssue::cell, DataIssue::row, DataIssue::message)
			.containsExactlyInAnyOrder(
					tuple(Severity.WARNING, "G3", 3, "column G 'Golang' is not in the matrix; ignored"),
					tuple(Severity.WARNING, "H3", 3,
							"column H 'k8s' names Kubernetes again (column D is read); ignored"),
					tuple(Severity.WARNING, "I3", 3,
							"column I has no header but holds data (first in row 5); ignored"));
	}

	@Test
	void readsNumbersTextNumbersAndLevelNamesAsLevels() {
		assertThat(this.ratings.person("Ana Lima").person().levels()).isEqualTo(
				Map.of("kubernetes", 3, "ci-cd-pipelines", 4, "infrastructure-as-code", 3));
		assertThat(this.ratings.person("Ana Lima").person().currentRole()).isEqualTo("DevOps Engineer");
		assertThat(this.ratings.person("Ana Lima").person().targetRole()).isEqualTo("Cloud Engineer");
	}

	@Test
	void readsThreePointZeroAndCachedFormulaValuesAndKeepsNotAssessedApartFromZero() {
		ImportedRow kenji = this.ratings.person("Kenji Sato");
		assertThat(kenji.person().levels()).isEqualTo(Map.of("kubernetes", 3, "ci-cd-pipelines", 2));
		assertThat(kenji.person().hasAssessed("infrastructure-as-code")).isFalse();
		assertThat(kenji.cellIssues()).isEmpty();
	}

	@Test
	void reportsEveryKindOfBadRatingCellWithItsAddressAndCountsItAsNotAssessed() {
		assertThat(this.ratings.cellIssues()).extracting(DataIssue::cell, DataIssue::row, DataIssue::message)
			.containsExactly(
					tuple("D6", 6, "'2.5' is not a level: use 0–4 or None … Expert "
							+ "(Kubernetes for Zofia Wiśniewska; counted as not assessed)"),
					tuple("E6", 6, "'5' is not a level: use 0–4 or None … Expert "
							+ "(CI/CD pipelines for Zofia Wiśniewska; counted as not assessed)"),
					tuple("F6", 6, "'yes' is not a level: use 0–4 or None … Expert "
							+ "(Infrastructure as code for Zofia Wiśniewska; counted as not assessed)"),
					tuple("D8", 8, "'2026-03-01' is a date, not a level: use 0–4 or None … Expert "
							+ "(Kubernetes for Çağrı Yılmaz; counted as not assessed)"),
					tuple("E8", 8, "'TRUE' is a true/false value, not a level: use 0–4 or None … Expert "
							+ "(CI/CD pipelines for Çağrı Yılmaz; counted as not assessed)"),
					tuple("F8", 8, "the formula gives the error #DIV/0!, not a level: fix the formula or type "
							+ "0–4 or None … Expert (Infrastructure as code for Çağrı Yılmaz; counted as not assessed)"),
					tuple("D12", 12, "'-1' is not a level: use 0–4 or None … Expert "
							+ "(Kubernetes for Νίκος Παπαδόπουλος; counted as not assessed)"));
		assertThat(this.ratings.cellIssues()).allSatisfy(issue -> {
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.sheet()).isEqualTo("Skills");
			assertThat(issue.file()).isEqualTo("ratings.xlsx");
		});
		assertThat(this.ratings.person("Zofia Wiśniewska").person().levels()).isEmpty();
	}

	@Test
	void readsNoneAsLevelZeroAndADashAsNotAssessed() {
		assertThat(this.ratings.person("Νίκος Παπαδόπουλος").person().levels())
			.isEqualTo(Map.of("infrastructure-as-code", 0));
	}

	@Test
	void rejectsARowWithNoNameAndLaterDuplicatesByEmailOrByName() {
		assertThat(this.ratings.rejected()).extracting(DataIssue::severity, DataIssue::cell, DataIssue::row,
				DataIssue::message)
			.containsExactly(tuple(Severity.ERROR, null, 9, "row 9: no name"),
					tuple(Severity.ERROR, null, 10, "row 10: duplicate of row 4 (Ana Lima)"),
					tuple(Severity.ERROR, null, 11, "row 11: duplicate of row 6 (Zofia Wiśniewska)"));
	}

	@Test
	void countsEveryNonBlankRowBelowTheHeaderAsImportedOrRejected() {
		assertThat(this.ratings.imported()).hasSize(5);
		assertThat(this.ratings.rejected()).hasSize(3);
	}

	@Test
	void takesTheTeamFromTheFileNameWhenNothingElseNamesOne() {
		assertThat(this.ratings.imported()).extracting(ImportedRow::teamId, ImportedRow::teamName)
			.containsOnly(tuple("ratings", "ratings"));
	}

	@Test
	void takesTheTeamFromTheOptionWhenTheSheetHasNoTeamColumn() {
		Outcome outcome = IntakeFixtures.read("Platform Team", IntakeFixtures.fixture("ratings.xlsx"));
		assertThat(outcome.imported()).extracting(ImportedRow::teamId).containsOnly("platform-team");
	}

	@Test
	void readsSemicolonCsvWithBomQuotesAndLineBreaksAndTeamsFromTheTeamColumn() {
		Outcome csv = IntakeFixtures.read("Fallback", IntakeFixtures.fixture("semicolon-bom.csv"));
		assertThat(csv.imported()).extracting(row -> row.person().name(), ImportedRow::teamId, ImportedRow::teamName,
				ImportedRow::row)
			.containsExactly(tuple("Lima; Ana", "platform-team", "Platform Team", 2),
					tuple("Sato \"Ken\" Kenji", "equipe-reseau", "Équipe Réseau", 3),
					tuple("Line\nBreak", "fallback", "Fallback", 4));
		assertThat(csv.person("Lima; Ana").managers()).containsExactly("lead@example.com", "boss@example.com");
		assertThat(csv.person("Line\nBreak").person().levels())
			.isEqualTo(Map.of("kubernetes", 2, "ci-cd-pipelines", 4));
		assertThat(csv.imported()).extracting(ImportedRow::sheet).containsOnlyNulls();
		assertThat(csv.notices()).isEmpty();
	}

	@Test
	void addressesCsvIssuesAsIfTheFileWereASheet(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("team.csv");
		Files.writeString(file, "Name,Kubernetes,Containers\nAna,3,yes\n,2,2\n");
		Outcome csv = IntakeFixtures.read(null, file);
		assertThat(csv.cellIssues()).singleElement().satisfies(issue -> {
			assertThat(issue.sheet()).isNull();
			assertThat(issue.cell()).isEqualTo("C2");
			assertThat(issue.row()).isEqualTo(2);
		});
		assertThat(csv.rejected()).extracting(DataIssue::message).containsExactly("row 3: no name");
	}

	@Test
	void rejectsACsvFileThatIsNotUtf8NamingTheEncodingProblem() {
		Outcome csv = IntakeFixtures.read(null, IntakeFixtures.fixture("latin1.csv"));
		assertThat(csv.files()).singleElement().satisfies(file -> {
			assertThat(file.imported()).isFalse();
			assertThat(file.reason()).contains("not UTF-8").contains("CSV UTF-8");
		});
		assertThat(csv.imported()).isEmpty();
	}

	@Test
	void rejectsUnsupportedAndDamagedFilesWithAReasonAndGoesOnWithTheNext(@TempDir Path folder) throws Exception {
		Path ods = Files.writeString(folder.resolve("legacy.ods"), "not really");
		Path fake = Files.write(folder.resolve("fake.xlsx"), "%PDF-1.7 pretending".getBytes());
		Path empty = Files.createFile(folder.resolve("empty.csv"));
		Path good = Files.writeString(folder.resolve("good.csv"), "Name,Kubernetes\nAna,3\n");
		Outcome outcome = IntakeFixtures.read(null, ods, fake, empty, good);
		assertThat(outcome.files()).extracting(FileOutcome::imported, FileOutcome::reason)
			.containsExactly(tuple(false, "OpenDocument spreadsheets are not supported: save it as .xlsx"),
					tuple(false, "the file is a PDF renamed to .xlsx: send the spreadsheet itself, saved as .xlsx"),
					tuple(false, "the file is empty: export the sheet again"), tuple(true, null));
		assertThat(outcome.imported()).extracting(row -> row.person().name()).containsExactly("Ana");
	}

	@Test
	void rejectsAFileWithoutAHeaderRowOrWithoutResponsibilityColumns(@TempDir Path folder) throws Exception {
		Path noHeader = Files.writeString(folder.resolve("no-header.csv"), "Who,Kubernetes\nAna,3\n");
		Path noSkills = Files.writeString(folder.resolve("no-skills.csv"), "Name,Golang\nAna,3\n");
		Outcome outcome = IntakeFixtures.read(null, noHeader, noSkills);
		assertThat(outcome.files()).extracting(FileOutcome::reason)
			.satisfiesExactly(reason -> assertThat(reason).startsWith("no header row: none of the first 20 rows"),
					reason -> assertThat(reason).startsWith("the header row (row 1) has no column named after a "
							+ "responsibility of the matrix"));
	}

	@Test
	void rejectsAFileOverTheRowLimitNamingTheLimit(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("big.csv"), "Name,Kubernetes\nA,1\nB,2\nC,3\n");
		Outcome outcome = IntakeFixtures.read(List.of(new InputFile(0, "big.csv", file)), null,
				new IntakeLimits(20L << 20, 2, 500, 32_767, 1L << 30, 0.01, 1000, 32_000_000, 4L << 20));
		assertThat(outcome.files()).extracting(FileOutcome::imported, FileOutcome::reason)
			.containsExactly(tuple(true, null),
					tuple(false, "the sheet has more than 2 data rows, the limit: split it into smaller files"));
	}

	@Test
	void rejectsAFileOverTheSizeLimitNamingTheLimit(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("big.csv"), "Name,Kubernetes\n" + "Ana,1\n".repeat(400_000));
		IntakeLimits twoMegabytes = new IntakeLimits(2 * 1024 * 1024, 1_000_000, 500, 32_767, 1L << 30, 0.01, 1000,
				1000, 4L << 20);
		Outcome outcome = IntakeFixtures.read(List.of(new InputFile(0, "big.csv", file)), null, twoMegabytes);
		assertThat(outcome.files()).extracting(FileOutcome::reason)
			.containsExactly("the file is 2.3 MB, over the limit of 2 MB: split it into smaller files");
	}

	@Test
	void theLaterOfTwoRowsForOnePersonFollowsTheOrderOfTheFilesAndTheirPeopleMergeIntoOneTeam(@TempDir Path folder)
			throws Exception {
		Path second = Files.writeString(folder.resolve("a.csv"), "Name,Team,Kubernetes\nAna Lima,Platform,2\n");
		Path first = Files.writeString(folder.resolve("b.csv"),
				"Name,Team,Kubernetes\nAna Lima,Platform,3\nKenji Sato,Platform Team,1\n");
		Outcome outcome = IntakeFixtures.read(null, first, second);
		assertThat(outcome.rejected()).extracting(DataIssue::file, DataIssue::message)
			.containsExactly(tuple("a.csv", "row 2: duplicate of b.csv row 2 (Ana Lima)"));
		assertThat(outcome.imported()).extracting(row -> row.person().name(), ImportedRow::teamId)
			.containsExactly(tuple("Ana Lima", "platform"), tuple("Kenji Sato", "platform-team"));
	}

	@Test
	void emptyFieldsPaddingACsvRowDoNotCountAgainstTheColumnLimit(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("padded.csv"),
				"Name,Kubernetes" + ",".repeat(700) + "\nAna Lima,3" + ",".repeat(700) + "\n");
		Outcome outcome = IntakeFixtures.read(null, file);
		assertThat(outcome.files()).extracting(FileOutcome::reason).containsExactly((String) null);
		assertThat(outcome.person("Ana Lima").person().levels()).isEqualTo(Map.of("kubernetes", 3));
	}

	@Test
	void refusesAnXlsFileOverItsOwnSmallerLimitBecauseTheFormatIsReadWhole() {
		IntakeLimits tinyXls = new IntakeLimits(20L << 20, 1_000_000, 500, 32_767, 1L << 30, 0.01, 1000, 32_000_000,
				4096);
		Path xls = IntakeFixtures.fixture("ratings.xls");
		Outcome outcome = IntakeFixtures.read(List.of(new InputFile(0, "ratings.xls", xls)), null, tinyXls);
		assertThat(outcome.files()).extracting(FileOutcome::reason)
			.containsExactly("Excel 97–2003 workbooks (.xls) are read whole, so they may be at most 4 KB and this "
					+ "one is 7 KB: save it as .xlsx");
	}

}
