package com.skillgap.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.Team;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.TeamQuarter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole job on real files: the sample spreadsheets in {@code input/}, an in-memory HSQLDB, reports in a temporary
 * folder. The three outputs must agree on every number.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:job-tests;hsqldb.tx=mvcc")
class GapAnalysisJobIntegrationTests {

	private static final String QUARTER = "2026-Q4";

	@Autowired
	private JobOperatorTestUtils jobOperator;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private QuarterHistory history;

	@Autowired
	private GapAnalysis analysis;

	@TempDir
	private Path reports;

	@BeforeEach
	void clearHistory() {
		this.jdbc.update("DELETE FROM team_quarter");
	}

	@Test
	void importsTheSamplesSkippingAndRecordingTheBadRows() throws Exception {
		JobExecution execution = start("input").execution();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// 3 file outcomes + 1 column notice + 32 data rows; 2 rows (no name, duplicate) skipped, nothing rolled back
		assertThat(counts(execution, "importStep")).isEqualTo(new StepCounts(36, 34, 2, 0));
		assertThat(counts(execution, "analysisStep")).isEqualTo(new StepCounts(3, 3, 0, 0));
		assertThat(counts(execution, "reportStep")).isEqualTo(new StepCounts(3, 3, 0, 0));

		JsonNode summary = summary();
		assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(summary.get("files")).extracting(file -> file.get("path").asString(),
				file -> file.get("rowsRead").asInt(), file -> file.get("rowsImported").asInt(),
				file -> file.get("rowsRejected").asInt())
			.containsExactly(tuple("input/cloud-operations.xlsx", 13, 11, 2), tuple("input/delivery-team.csv", 8, 8, 0),
					tuple("input/platform-team.xlsx", 11, 11, 0));
		assertThat(summary.get("issues")).extracting(issue -> issue.get("severity").asString(),
				issue -> issue.path("cell").asString(null), issue -> issue.get("row").asInt())
			.containsExactly(tuple("warning", "AE1", 1), tuple("error", "L4", 4), tuple("error", "AC6", 6),
					tuple("error", "R7", 7), tuple("error", null, 8), tuple("error", null, 14));
		assertThat(summary.get("issues").get(5).get("message").asString())
			.isEqualTo("row 14: duplicate of row 3 (Bartosz Dąbrowski)");
	}

	@Test
	void summaryWorkbookAndPdfAgreeOnEveryMembersFitsAndEveryCoverageStatus() throws Exception {
		start("input");
		JsonNode summary = summary();
		assertThat(summary.get("teams")).hasSize(3);
		for (JsonNode team : summary.get("teams")) {
			Path workbookPath = this.reports.resolve(team.get("reports").get("xlsx").asString());
			Path pdfPath = this.reports.resolve(team.get("reports").get("pdf").asString());
			String pdfText = pdfText(pdfPath);
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookPath))) {
				Map<String, Row> people = rowsByFirstCell(workbook.getSheet("Summary"));
				assertThat(number(people.get("Average fit: Cloud Engineer").getCell(1)))
					.isEqualByComparingTo(team.get("averageFit").get("cloud-engineer").decimalValue());
				assertThat(number(people.get("Average fit: DevOps Engineer").getCell(1)))
					.isEqualByComparingTo(team.get("averageFit").get("devops-engineer").decimalValue());
				assertThat(pdfText).contains(team.get("name").asString());
				List<String> memberNames = new ArrayList<>();
				team.get("members").forEach(member -> memberNames.add(member.get("name").asString()));
				assertThat(peopleBookmarks(pdfPath)).as("a page per member in %s", pdfPath)
					.containsExactlyElementsOf(memberNames);
				for (JsonNode member : team.get("members")) {
					String name = member.get("name").asString();
					Row row = people.get(name);
					assertThat(row).as("workbook row of %s", name).isNotNull();
					BigDecimal cloud = member.get("fit").get("cloud-engineer").decimalValue();
					BigDecimal devops = member.get("fit").get("devops-engineer").decimalValue();
					assertThat(number(row.getCell(2))).as("cloud fit of %s", name).isEqualByComparingTo(cloud);
					assertThat(number(row.getCell(4))).as("devops fit of %s", name).isEqualByComparingTo(devops);
					assertThat(number(row.getCell(9))).as("completeness of %s", name)
						.isEqualByComparingTo(member.get("completeness").decimalValue());
					assertThat(pdfText).contains(name);
					assertThat(pdfLineOf(pdfText, name)).as("PDF fit table line of %s", name)
						.contains(format(cloud))
						.contains(format(devops));
				}
				Map<String, Row> coverage = rowsByFirstCell(workbook.getSheet("Coverage"));
				Map<String, String> statusByName = new HashMap<>();
				for (JsonNode entry : team.get("coverage")) {
					statusByName.put(entry.get("responsibility").asString(), entry.get("status").asString());
				}
				assertThat(coverage.values().stream()
					.filter(row -> row.getRowNum() > 0)
					.map(row -> row.getCell(3).getStringCellValue())
					.toList()).hasSize(25);
				for (JsonNode entry : team.get("coverage")) {
					CoverageStatus status = statusOf(entry.get("status").asString());
					assertThat(pdfText).contains(status.label());
				}
			}
		}
	}

	@Test
	void aBadRowInTheMiddleOfAFileIsReportedAndTheRowsAfterItAreImported() throws Exception {
		Path file = this.reports.resolve("middle.csv");
		StringBuilder csv = new StringBuilder("Name,Email,Kubernetes,CI/CD\n");
		for (int i = 1; i <= 500; i++) {
			csv.append(i == 250 ? "" : "Person " + i).append(",p").append(i).append("@example.com,3,2\n");
		}
		Files.writeString(file, csv);

		JobExecution execution = start(file.toString()).execution();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(counts(execution, "importStep").processSkips()).isEqualTo(1);
		JsonNode summary = summary();
		assertThat(summary.get("files").get(0).get("rowsImported").asInt()).isEqualTo(499);
		assertThat(summary.get("files").get(0).get("rowsRejected").asInt()).isEqualTo(1);
		assertThat(summary.get("issues")).singleElement()
			.satisfies(issue -> assertThat(issue.get("message").asString()).isEqualTo("row 251: no name"));
		List<String> names = new ArrayList<>();
		summary.get("teams").get(0).get("members").forEach(member -> names.add(member.get("name").asString()));
		assertThat(names).hasSize(499).contains("Person 251", "Person 500").doesNotContain("Person 250");
	}

	@Test
	void everyMembersLearningPlanFollowsTheirTopGapsAndEveryMentorIsAPractitionerTeammate() throws Exception {
		start("input");
		JsonNode summary = summary();
		int mentors = 0;
		for (JsonNode team : summary.get("teams")) {
			Map<String, JsonNode> coverage = new HashMap<>();
			team.get("coverage").forEach(entry -> coverage.put(entry.get("responsibility").asString(), entry));
			for (JsonNode member : team.get("members")) {
				JsonNode gaps = member.get("topGaps");
				JsonNode plan = member.get("learningPlan");
				assertThat(plan).hasSize(gaps.size());
				for (int i = 0; i < gaps.size(); i++) {
					JsonNode gap = gaps.get(i);
					JsonNode step = plan.get(i);
					assertThat(step.get("responsibility").asString()).isEqualTo(gap.get("responsibility").asString());
					assertThat(step.get("from").isNull() ? null : step.get("from").asInt())
						.isEqualTo(gap.get("actual").isNull() ? null : gap.get("actual").asInt());
					assertThat(step.get("to").asInt()).isEqualTo(gap.get("required").asInt());
					assertThat(step.get("suggestions")).isNotEmpty();
					if (!step.get("mentor").isNull()) {
						mentors++;
						assertThat(step.get("mentor").asString()).isNotEqualTo(member.get("name").asString());
						assertThat(coverage.get(step.get("responsibility").asString()).get("practitioners").asInt())
							.isPositive();
					}
				}
			}
			JsonNode nextHire = team.get("nextHire");
			List<String> weak = new ArrayList<>();
			coverage.values()
				.stream()
				.filter(entry -> List.of("uncovered", "single-point-of-failure")
					.contains(entry.get("status").asString()))
				.forEach(entry -> weak.add(entry.get("responsibility").asString()));
			if (weak.isEmpty()) {
				assertThat(nextHire.isNull()).isTrue();
			}
			else {
				List<String> named = new ArrayList<>();
				nextHire.get("responsibilities").forEach(id -> named.add(id.asString()));
				assertThat(named).containsExactlyInAnyOrderElementsOf(weak);
			}
		}
		assertThat(mentors).isPositive();
	}

	@Test
	void theOrgRollupAddsUpTheTeamsInTheSummaryAndInItsWorkbook() throws Exception {
		start("input");
		JsonNode summary = summary();
		JsonNode org = summary.get("org");
		int people = 0;
		Map<String, Integer> practitioners = new HashMap<>();
		Map<String, Integer> uncovered = new HashMap<>();
		for (JsonNode team : summary.get("teams")) {
			people += team.get("people").asInt();
			for (JsonNode entry : team.get("coverage")) {
				String id = entry.get("responsibility").asString();
				practitioners.merge(id, entry.get("practitioners").asInt(), Integer::sum);
				uncovered.merge(id, "uncovered".equals(entry.get("status").asString()) ? 1 : 0, Integer::sum);
			}
		}
		assertThat(org.get("teams").asInt()).isEqualTo(3);
		assertThat(org.get("people").asInt()).isEqualTo(people).isEqualTo(30);
		for (JsonNode line : org.get("responsibilities")) {
			String id = line.get("responsibility").asString();
			assertThat(line.get("practitioners").asInt()).as(id).isEqualTo(practitioners.get(id));
			assertThat(line.get("teamsUncovered").asInt()).as(id).isEqualTo(uncovered.get(id));
		}
		Path workbookPath = this.reports.resolve(QUARTER).resolve("org-" + QUARTER + "-rollup.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookPath))) {
			assertThat(workbook).extracting(sheet -> sheet.getSheetName())
				.containsExactly("Summary", "Teams", "Coverage", "Responsibilities");
			Map<String, Row> teams = rowsByFirstCell(workbook.getSheet("Teams"));
			for (JsonNode team : summary.get("teams")) {
				Row row = teams.get(team.get("name").asString());
				assertThat(row).as(team.get("name").asString()).isNotNull();
				assertThat((int) row.getCell(1).getNumericCellValue()).isEqualTo(team.get("people").asInt());
				assertThat(number(row.getCell(2)))
					.isEqualByComparingTo(team.get("averageFit").get("cloud-engineer").decimalValue());
			}
			Row whole = teams.get("Whole org, " + QUARTER);
			assertThat(number(whole.getCell(2))).isEqualByComparingTo(org.get("averageFit").get("cloud-engineer")
				.decimalValue());
			assertThat(workbook.getSheet("Responsibilities").getLastRowNum()).isEqualTo(25);
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(
					cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
		}
	}

	@Test
	void runningTheSameQuarterAgainReplacesItsResultsWithoutDuplicates() throws Exception {
		start("input");
		start("input");

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM team_quarter WHERE quarter_label = ?",
				Integer.class, QUARTER)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM quarter_member WHERE quarter_label = ?",
				Integer.class, QUARTER)).isEqualTo(30);
		assertThat(summary().get("teams")).hasSize(3);
	}

	@Test
	void aRejectedFileIsListedWithItsReasonAndTheOtherFilesAreStillReported() throws Exception {
		Path legacy = Files.writeString(this.reports.resolve("legacy.ods"), "not a spreadsheet Skillgap reads");

		JobExecution execution = start(legacy.toString(), "input/delivery-team.csv").execution();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode summary = summary();
		assertThat(summary.get("files").get(0).get("status").asString()).isEqualTo("rejected");
		assertThat(summary.get("files").get(0).get("reason").asString())
			.isEqualTo("OpenDocument spreadsheets are not supported: save it as .xlsx");
		assertThat(summary.get("files").get(0).has("rowsRead")).isFalse();
		assertThat(summary.get("teams")).extracting(team -> team.get("id").asString()).containsExactly("delivery-team");
	}

	@Test
	void aLongLayoutFileCountsItsRowsAndMakesOnePersonOfEachPersonsRows() throws Exception {
		Path file = Files.writeString(this.reports.resolve("long-team.csv"), """
				Name,Email,Role,Skill,Level
				Ana Lima,ana@example.com,DevOps Engineer,Kubernetes,3
				Kenji Sato,,,Kubernetes,4
				Ana Lima,ana@example.com,,CI/CD pipelines,4
				Kenji Sato,kenji@example.com,Cloud Engineer,Infrastructure as code,expert
				Ana Lima,ana@example.com,,Kubernetes,1
				Ana Lima,ana@example.com,,Golang,3
				""");

		start(file.toString());

		JsonNode summary = summary();
		assertThat(summary.get("files")).singleElement()
			.satisfies(entry -> assertThat(List.of(entry.get("rowsRead").asInt(), entry.get("rowsImported").asInt(),
					entry.get("rowsRejected").asInt())).containsExactly(6, 4, 2));
		assertThat(summary.get("issues")).extracting(issue -> issue.get("message").asString())
			.containsExactly("row 6: duplicate of row 2 for Kubernetes", "row 7: 'Golang' is not in the matrix");
		JsonNode team = summary.get("teams").get(0);
		assertThat(team.get("people").asInt()).isEqualTo(2);
		assertThat(team.get("members")).extracting(member -> member.get("name").asString(),
				member -> member.get("role").asString(), member -> member.get("email").asString())
			.containsExactly(tuple("Ana Lima", "DevOps Engineer", "ana@example.com"),
					tuple("Kenji Sato", "Cloud Engineer", "kenji@example.com"));
		assertThat(this.jdbc.queryForList("SELECT levels FROM intake_person WHERE person_name = 'Ana Lima' AND run_id = "
				+ "(SELECT MAX(run_id) FROM intake_person)", String.class))
			.containsExactly("ci-cd-pipelines=4,kubernetes=3");
	}

	@Test
	void eachTeamOfAnOrganisationWideFileListsItsOwnRowsIssuesAndThoseOfNoTeam() throws Exception {
		Path file = Files.writeString(this.reports.resolve("org.csv"), """
				Name,Team,Kubernetes,Containers
				Ana Lima,Payments,3,lots
				Kenji Sato,Search,2,2
				Ana Lima,Payments,1,1
				,Search,2,2
				,,1,1
				Tom Berg,Search,9,1
				""");

		start(file.toString());

		Set<String> eitherTeams = new HashSet<>(issueMessages("payments"));
		eitherTeams.addAll(issueMessages("search"));
		assertThat(summary().get("issues")).extracting(issue -> issue.get("message").asString())
			.containsExactlyInAnyOrderElementsOf(eitherTeams);
		assertThat(issueMessages("payments")).hasSize(3)
			.anyMatch(message -> message.startsWith("'lots' is not a level"))
			.contains("row 4: duplicate of row 2 (Ana Lima)")
			.contains("row 6: no name")
			.noneMatch(message -> message.contains("row 5") || message.contains("row 7"));
		assertThat(issueMessages("search")).hasSize(3)
			.contains("row 5: no name", "row 6: no name")
			.anyMatch(message -> message.startsWith("'9' is not a level"))
			.noneMatch(message -> message.contains("lots") || message.contains("row 4"));
	}

	/** The messages on the Issues sheet of a team's workbook. */
	private List<String> issueMessages(String teamId) throws Exception {
		List<String> messages = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				Files.newInputStream(this.reports.resolve(QUARTER).resolve(teamId).resolve(teamId + "-" + QUARTER
						+ "-gap-report.xlsx")))) {
			Sheet issues = workbook.getSheet("Issues");
			for (int i = 1; i <= issues.getLastRowNum(); i++) {
				Row row = issues.getRow(i);
				if (row != null && row.getCell(5) != null) {
					messages.add(row.getCell(5).getStringCellValue());
				}
			}
		}
		return messages;
	}

	@Test
	void peopleOfAFileRejectedHalfWayDoNotMakeLaterRowsDuplicates() throws Exception {
		StringBuilder broken = new StringBuilder("Name,Team,Kubernetes\nAna Lima,Platform,3\n");
		for (int i = 1; i <= 1000; i++) {
			broken.append("Person ").append(i).append(",Platform,2\n");
		}
		Path first = this.reports.resolve("a-broken.csv");
		Files.write(first, (broken + "Zo\u00e9,Platform,1\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		Path second = Files.writeString(this.reports.resolve("b-good.csv"), "Name,Team,Kubernetes\nAna Lima,Platform,4\n");

		start(first.toString(), second.toString());

		JsonNode summary = summary();
		assertThat(summary.get("files")).extracting(file -> file.get("status").asString(),
				file -> file.path("reason").asString(null))
			.containsExactly(tuple("rejected", "the file is not UTF-8 text: line 1003 has bytes that are not UTF-8 (the "
					+ "file may be saved as Windows-1252 or Latin-1, so accented letters would come out garbled): "
					+ "save it as \"CSV UTF-8\" from Excel, or as UTF-8 from your editor"), tuple("imported", null));
		assertThat(summary.get("issues")).isEmpty();
		assertThat(summary.get("teams").get(0).get("members")).extracting(member -> member.get("name").asString())
			.containsExactly("Ana Lima");
	}

	@Test
	void theSecondQuarterOfATeamShowsWhatChangedAndTheFirstSaysItHasNoPrevious() throws Exception {
		Path q3 = Files.writeString(this.reports.resolve("q3.csv"), """
				Name,Email,Team,Role,Kubernetes,CI/CD pipelines,Infrastructure as code
				Ana Lima,ana@example.com,Platform,DevOps Engineer,2,3,2
				Tom Berg,,Platform,DevOps Engineer,3,3,3
				Kenji Sato,kenji@example.com,Platform,DevOps Engineer,3,1,2
				""");
		Path q4 = Files.writeString(this.reports.resolve("q4.csv"), """
				Name,Email,Team,Role,Kubernetes,CI/CD pipelines,Infrastructure as code
				Ana Lima,ANA@example.com,Platform,DevOps Engineer,4,4,2
				kenji sato,,Platform,DevOps Engineer,2,1,1
				Zofia Wiśniewska,zofia@example.com,Platform,DevOps Engineer,1,3,3
				""");

		startQuarter("2026-Q3", q3.toString());
		assertThat(summary("2026-Q3").get("teams").get(0).get("trend").isNull()).isTrue();
		startQuarter("2026-Q4", q4.toString());

		JsonNode team = summary("2026-Q4").get("teams").get(0);
		JsonNode trend = team.get("trend");
		assertThat(trend.get("previousQuarter").asString()).isEqualTo("2026-Q3");
		assertThat(trend.get("joined")).extracting(JsonNode::asString).containsExactly("Zofia Wiśniewska");
		assertThat(trend.get("left")).extracting(JsonNode::asString).containsExactly("Tom Berg");
		assertThat(trend.has("previousMatrix")).isFalse();
		JsonNode ana = team.get("members").get(0);
		JsonNode kenji = team.get("members").get(1);
		JsonNode zofia = team.get("members").get(2);
		assertThat(zofia.get("trend").isNull()).isTrue();
		// Every change is the unrounded difference of the two quarters' figures, rounded once: the fits of each
		// quarter's own summary, subtracted, give the same change within rounding.
		JsonNode q3Members = summary("2026-Q3").get("teams").get(0).get("members");
		for (String role : List.of("cloud-engineer", "devops-engineer")) {
			assertThat(ana.get("trend").get("fitChange").get(role).decimalValue()).isCloseTo(
					ana.get("fit").get(role).decimalValue().subtract(q3Members.get(0).get("fit").get(role).decimalValue()),
					within(new BigDecimal("0.1")));
			assertThat(kenji.get("trend").get("fitChange").get(role).decimalValue()).isCloseTo(
					kenji.get("fit").get(role).decimalValue().subtract(q3Members.get(2).get("fit").get(role).decimalValue()),
					within(new BigDecimal("0.1")));
		}
		// Ana improved Kubernetes 2 → 4 and CI/CD 3 → 4: gaps against DevOps Engineer (requires 4 and 4) closed
		assertThat(ana.get("trend").get("gapsClosed")).extracting(JsonNode::asString)
			.containsExactly("ci-cd-pipelines", "kubernetes");
		// Kenji fell on Kubernetes 3 → 2 (DevOps requires 3: a new gap) and on infrastructure as code 2 → 1 (a gap
		// already, as DevOps requires 3)
		assertThat(kenji.get("trend").get("newGaps")).extracting(JsonNode::asString).containsExactly("kubernetes");
		assertThat(kenji.get("trend").get("gapsClosed")).isEmpty();
		// practitioners (3+) in Kubernetes: Tom and Kenji, then only Ana; CI/CD 2 → 2; IaC 1 → 1 (Zofia for Tom)
		assertThat(trend.get("coverageChanges")).extracting(change -> change.get("responsibility").asString(),
				change -> change.get("from").asString(), change -> change.get("to").asString())
			.containsExactly(tuple("kubernetes", "covered", "single-point-of-failure"));

		// The same figures in both reports of 2026-Q4; the first quarter's reports say there is nothing to compare.
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				Files.newInputStream(this.reports.resolve(team.get("reports").get("xlsx").asString())))) {
			Map<String, Row> rows = rowsByFirstCell(workbook.getSheet("Trend"));
			assertThat(rows.get("Compared with").getCell(1).getStringCellValue()).isEqualTo("2026-Q3");
			assertThat(rows.get("Joined").getCell(1).getStringCellValue()).isEqualTo("Zofia Wiśniewska");
			assertThat(rows.get("Left").getCell(1).getStringCellValue()).isEqualTo("Tom Berg");
			JsonNode q3Team = summary("2026-Q3").get("teams").get(0);
			assertThat(number(rows.get("Average fit: Cloud Engineer").getCell(1)))
				.isEqualByComparingTo(q3Team.get("averageFit").get("cloud-engineer").decimalValue());
			assertThat(number(rows.get("Average fit: Cloud Engineer").getCell(2)))
				.isEqualByComparingTo(trend.get("averageFitChange").get("cloud-engineer").decimalValue());
			// Person, then per role: fit last quarter and change; then gaps closed and new gaps
			Row anaRow = rows.get("Ana Lima");
			assertThat(number(anaRow.getCell(1)))
				.isEqualByComparingTo(q3Team.get("members").get(0).get("fit").get("cloud-engineer").decimalValue());
			assertThat(number(anaRow.getCell(2)))
				.isEqualByComparingTo(ana.get("trend").get("fitChange").get("cloud-engineer").decimalValue());
			assertThat(number(anaRow.getCell(4)))
				.isEqualByComparingTo(ana.get("trend").get("fitChange").get("devops-engineer").decimalValue());
			assertThat(anaRow.getCell(5).getStringCellValue()).isEqualTo("CI/CD pipelines, Kubernetes");
			assertThat(rows.get("kenji sato").getCell(6).getStringCellValue()).isEqualTo("Kubernetes");
			assertThat(rows.get("Zofia Wiśniewska").getCell(1).getStringCellValue()).isEqualTo("joined this quarter");
		}
		String pdf = pdfText(this.reports.resolve(team.get("reports").get("pdf").asString())).replaceAll("\\s+", " ");
		assertThat(pdf).contains("Since the previous quarter", "Compared with 2026-Q3", "Tom Berg",
				"CI/CD pipelines, Kubernetes");
		JsonNode first = summary("2026-Q3").get("teams").get(0);
		assertThat(pdfText(this.reports.resolve(first.get("reports").get("pdf").asString())))
			.contains("This is the team's first analysed quarter");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				Files.newInputStream(this.reports.resolve(first.get("reports").get("xlsx").asString())))) {
			assertThat(workbook.getSheet("Trend").getRow(1).getCell(0).getStringCellValue())
				.startsWith("This is the team's first analysed quarter");
		}
	}

	@Test
	void theSampleDeliveryTeamOverTwoQuartersShowsTheChangesMadeToItsSheet() throws Exception {
		// src/test/resources/quarters/2026-Q3/delivery-team.csv is the sample a quarter earlier (see its README)
		startQuarter("2026-Q3", "src/test/resources/quarters/2026-Q3/delivery-team.csv");
		startQuarter("2026-Q4", "input/delivery-team.csv");

		JsonNode team = summary("2026-Q4").get("teams").get(0);
		JsonNode trend = team.get("trend");
		assertThat(trend.get("joined")).extracting(JsonNode::asString).containsExactly("Diego Alves Costa");
		assertThat(trend.get("left")).extracting(JsonNode::asString).containsExactly("Tom Berg");
		// Tom (level 3 everywhere) was one of exactly two practitioners of these two; without him one is left
		assertThat(trend.get("coverageChanges")).extracting(change -> change.get("responsibility").asString(),
				change -> change.get("from").asString(), change -> change.get("to").asString())
			.containsExactly(tuple("backup-recovery", "covered", "single-point-of-failure"),
					tuple("infrastructure-monitoring", "covered", "single-point-of-failure"));
		Map<String, List<String>> closed = new HashMap<>();
		for (JsonNode member : team.get("members")) {
			if (!member.get("trend").isNull()) {
				List<String> ids = new ArrayList<>();
				member.get("trend").get("gapsClosed").forEach(id -> ids.add(id.asString()));
				closed.put(member.get("name").asString(), ids);
			}
		}
		// Ana (DevOps: CI/CD 4, Kubernetes 3 required) rose from 2 and 1; Kenji (Cloud: cost 3, networking 4) from 1
		// and 2; Aino (DevOps: containers 3) from 2
		assertThat(closed).containsEntry("Ana Lima", List.of("ci-cd-pipelines", "kubernetes"))
			.containsEntry("Kenji Watanabe", List.of("cost-management", "networking-firewalls"))
			.containsEntry("Aino Virtanen", List.of("containers"))
			.containsEntry("Rahul Mehta", List.of());
	}

	@Test
	void aTrendAcrossTwoMatrixVersionsComparesOnlyTheResponsibilitiesBothShareAndSaysSo() throws Exception {
		Path q4 = Files.writeString(this.reports.resolve("q4.csv"), """
				Name,Email,Team,Role,Kubernetes,CI/CD pipelines,Infrastructure as code,Cloud storage
				Ana Lima,ana@example.com,Platform,DevOps Engineer,4,4,2,3
				""");
		// 2026-Q3 was analysed with an older version of the matrix that had only three of today's responsibilities
		// and one it no longer has
		Set<String> olderMatrix = Set.of("kubernetes", "ci-cd-pipelines", "infrastructure-as-code", "mainframe-ops");
		Team platform = new Team("platform", "Platform", List.of(new Person("Ana Lima", "ana@example.com",
				"DevOps Engineer", null, Map.of("kubernetes", 2, "ci-cd-pipelines", 4, "infrastructure-as-code", 2,
						"mainframe-ops", 4))));
		this.history.replace(new TeamQuarter("2026-Q3", platform, List.of(), "cloud-devops", "2025.4", 1, olderMatrix),
				this.analysis.analyse(platform), Instant.now());

		startQuarter("2026-Q4", q4.toString());

		JsonNode team = summary("2026-Q4").get("teams").get(0);
		JsonNode trend = team.get("trend");
		assertThat(trend.get("previousMatrix").get("version").asString()).isEqualTo("2025.4");
		assertThat(trend.get("comparedResponsibilities").asInt()).isEqualTo(3);
		// Over the three shared responsibilities (all weight 3; DevOps requires 3, 4, 3 → Σ w·req = 30):
		// then min(2,3) + min(4,4) + min(2,3) = 8 → 3·8 / 30 = 80.0; now 3 + 4 + 2 = 9 → 90.0: +10.0.
		// Cloud storage, new since then, is not compared.
		assertThat(team.get("members").get(0).get("trend").get("fitChange").get("devops-engineer").decimalValue())
			.isEqualByComparingTo("10.0");
		assertThat(team.get("members").get(0).get("trend").get("gapsClosed")).extracting(JsonNode::asString)
			.containsExactly("kubernetes");
		String pdf = pdfText(this.reports.resolve(team.get("reports").get("pdf").asString()));
		assertThat(pdf).contains("2026-Q3 used matrix cloud-devops 2025.4; only the 3 responsibilities it shares");
	}

	@Test
	void aPreviousQuarterWithNoResponsibilityInCommonStillSaysWhoJoinedAndLeft() throws Exception {
		Path q4 = Files.writeString(this.reports.resolve("q4.csv"), """
				Name,Email,Team,Kubernetes
				Ana Lima,ana@example.com,Platform,4
				Kenji Sato,kenji@example.com,Platform,3
				""");
		Team platform = new Team("platform", "Platform", List.of(
				new Person("Ana Lima", "ana@example.com", null, null, Map.of("mainframe-ops", 4)),
				new Person("Tom Berg", null, null, null, Map.of("mainframe-ops", 2))));
		this.history.replace(new TeamQuarter("2026-Q3", platform, List.of(), "mainframe", "1.0", 1,
				Set.of("mainframe-ops")), this.analysis.analyse(platform), Instant.now());

		startQuarter("2026-Q4", q4.toString());

		JsonNode team = summary("2026-Q4").get("teams").get(0);
		JsonNode trend = team.get("trend");
		assertThat(trend.isNull()).isFalse();
		assertThat(trend.get("comparedResponsibilities").asInt()).isZero();
		assertThat(trend.get("averageFitChange").isEmpty()).isTrue();
		assertThat(trend.get("joined")).extracting(JsonNode::asString).containsExactly("Kenji Sato");
		assertThat(trend.get("left")).extracting(JsonNode::asString).containsExactly("Tom Berg");
		assertThat(team.get("members").get(0).get("trend").get("fitChange").isEmpty()).isTrue();
		assertThat(pdfText(this.reports.resolve(team.get("reports").get("pdf").asString())))
			.contains("which shares no responsibility with cloud-devops 2026.1")
			.doesNotContain("first analysed quarter");
	}

	@Test
	void aTeamIsComparedWithItsLatestEarlierQuarterAndRerunningAQuarterLeavesTheOthersAlone() throws Exception {
		Path sheet = Files.writeString(this.reports.resolve("team.csv"), "Name,Team,Kubernetes\nAna Lima,Platform,2\n");
		startQuarter("2026-Q2", sheet.toString());
		startQuarter("2026-Q4", sheet.toString());
		// a catch-up run of the quarter in between: compared with Q2, and Q4 then compares with it
		startQuarter("2026-Q3", sheet.toString());
		assertThat(summary("2026-Q3").get("teams").get(0).get("trend").get("previousQuarter").asString())
			.isEqualTo("2026-Q2");
		startQuarter("2026-Q4", sheet.toString());
		assertThat(summary("2026-Q4").get("teams").get(0).get("trend").get("previousQuarter").asString())
			.isEqualTo("2026-Q3");
		assertThat(this.jdbc.queryForList("SELECT quarter_label FROM team_quarter WHERE team_id = 'platform' "
				+ "ORDER BY quarter_label", String.class)).containsExactly("2026-Q2", "2026-Q3", "2026-Q4");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM quarter_member WHERE team_id = 'platform'",
				Integer.class)).isEqualTo(3);
	}

	private void startQuarter(String quarter, String... inputs) throws Exception {
		this.jobOperator.startJob(
				new RunParameters(quarter, List.of(inputs), this.reports.toString(), null, Instant.now())
					.toJobParameters());
	}

	private JsonNode summary(String quarter) throws Exception {
		return JsonMapper.builder().build().readTree(this.reports.resolve(quarter).resolve("run-summary.json").toFile());
	}

	/** A finished job execution (wrapped: Spring Batch's test support calls any method returning one). */
	private record Finished(JobExecution execution) {
	}

	private Finished start(String... inputs) throws Exception {
		return new Finished(this.jobOperator.startJob(
				new RunParameters(QUARTER, List.of(inputs), this.reports.toString(), null, Instant.now())
					.toJobParameters()));
	}

	private JsonNode summary() throws Exception {
		return JsonMapper.builder().build().readTree(this.reports.resolve(QUARTER).resolve("run-summary.json").toFile());
	}

	/** A step's metrics. */
	private record StepCounts(long reads, long writes, long processSkips, long rollbacks) {
	}

	private static StepCounts counts(JobExecution execution, String name) {
		StepExecution step = execution.getStepExecutions()
			.stream()
			.filter(candidate -> candidate.getStepName().equals(name))
			.findFirst()
			.orElseThrow();
		return new StepCounts(step.getReadCount(), step.getWriteCount(), step.getProcessSkipCount(),
				step.getRollbackCount());
	}

	private static Map<String, Row> rowsByFirstCell(Sheet sheet) {
		Map<String, Row> rows = new HashMap<>();
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING) {
				rows.putIfAbsent(first.getStringCellValue(), row);
			}
		}
		return rows;
	}

	private static BigDecimal number(Cell cell) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		return BigDecimal.valueOf(cell.getNumericCellValue());
	}

	private static String format(BigDecimal value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** The titles of the bookmarks under "People": one per member's page. */
	@SuppressWarnings("unchecked")
	private static List<Object> peopleBookmarks(Path pdf) throws Exception {
		PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
		try {
			return SimpleBookmark.getBookmarkList(reader)
				.stream()
				.filter(bookmark -> "People".equals(bookmark.get("Title")))
				.flatMap(bookmark -> ((List<Map<String, Object>>) bookmark.get("Kids")).stream())
				.map(kid -> kid.get("Title"))
				.toList();
		}
		finally {
			reader.close();
		}
	}

	private static String pdfText(Path pdf) throws Exception {
		try (InputStream input = Files.newInputStream(pdf); PdfReader reader = new PdfReader(input)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
	}

	/** The person's row in the PDF's fit table: from the name's first mention after its heading, on. */
	private static String pdfLineOf(String text, String name) {
		int table = text.indexOf("Role fit per person");
		int start = text.indexOf(name, Math.max(table, 0));
		return start < 0 ? "" : text.substring(start, Math.min(text.length(), start + name.length() + 120));
	}

	private static CoverageStatus statusOf(String code) {
		for (CoverageStatus status : CoverageStatus.values()) {
			if (status.code().equals(code)) {
				return status;
			}
		}
		throw new AssertionError("unknown status " + code);
	}

}
