package com.skillgap.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.Gap;
import com.skillgap.analysis.LearningStep;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.Team;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.intake.DataIssue;
import com.skillgap.intake.Severity;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The Excel gap report, read back with POI as a person (or a script) would read it. */
class TeamReportWorkbookTests {

	private static final TeamReportContent CONTENT = TeamReportFixtures.platformTeam();

	private static final TeamAnalysis ANALYSIS = CONTENT.analysis();

	private static XSSFWorkbook workbook;

	@BeforeAll
	static void writeReport() throws IOException {
		workbook = write(CONTENT);
	}

	@AfterAll
	static void closeReport() throws IOException {
		workbook.close();
	}

	@Test
	void hasItsSheetsInOrder() {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));

		assertThat(names).containsExactly("Summary", "People", "Heatmap", "Gaps", "Coverage", "Trend", "Mentors",
				"Next hire", "Issues", "Matrix");
	}

	@Test
	void summaryNamesTheTeamQuarterMatrixAndCounts() {
		Sheet summary = workbook.getSheet("Summary");

		assertThat(text(valueOf(summary, "Team"))).isEqualTo("Platform Team");
		assertThat(text(valueOf(summary, "Quarter"))).isEqualTo("2026-Q4");
		assertThat(text(valueOf(summary, "Matrix"))).isEqualTo("cloud-devops");
		assertThat(text(valueOf(summary, "Matrix version"))).isEqualTo("2026.1");
		assertThat(valueOf(summary, "People").getNumericCellValue()).isEqualTo(6);
		assertThat(valueOf(summary, "Hybrids").getNumericCellValue()).isEqualTo(1);
		assertThat(valueOf(summary, "Responsibilities: uncovered").getNumericCellValue()).isEqualTo(3);
		assertThat(valueOf(summary, "Responsibilities: single point of failure").getNumericCellValue()).isEqualTo(1);
		assertThat(valueOf(summary, "Responsibilities: covered").getNumericCellValue()).isEqualTo(21);
		assertThat(valueOf(summary, "Data issues").getNumericCellValue()).isEqualTo(3);
	}

	@Test
	void summaryAverageFitsAreRoundedNumbersWithOneDecimal() {
		Sheet summary = workbook.getSheet("Summary");

		for (Role role : CONTENT.matrix().roles()) {
			Cell average = valueOf(summary, "Average fit: " + role.name());
			assertThat(average.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(average.getNumericCellValue()).isEqualTo(ANALYSIS.averageFit(role).rounded().doubleValue());
			assertThat(average.getCellStyle().getDataFormatString()).isEqualTo("0.0");
		}
	}

	@Test
	void summaryListsEachMembersRoundedFitsAsNumbers() {
		Sheet summary = workbook.getSheet("Summary");
		Row header = rowStartingWith(summary, "Name");

		for (MemberAnalysis member : ANALYSIS.members()) {
			Row row = rowStartingWith(summary, member.person().name());
			for (RoleFit fit : member.fits()) {
				Cell cell = row.getCell(column(header, "Fit " + fit.role().name()));
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(cell.getNumericCellValue()).as(member.person().name())
					.isEqualTo(fit.fit().rounded().doubleValue());
				assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0");
				assertThat(text(row.getCell(column(header, "Readiness " + fit.role().name()))))
					.isEqualTo(fit.readiness().label());
			}
			assertThat(text(row.getCell(column(header, "Best fit")))).isEqualTo(member.bestFit().name());
			assertThat(text(row.getCell(column(header, "Hybrid")))).isEqualTo(member.hybrid() ? "yes" : "no");
			assertThat(text(row.getCell(column(header, "Target role")))).isEqualTo(member.targetRole().name());
			assertThat(row.getCell(column(header, "Completeness %")).getNumericCellValue())
				.isEqualTo(member.completeness().rounded().doubleValue());
		}
	}

	@Test
	void heatmapHoldsEveryAssessedLevelAsANumber() {
		Sheet heatmap = workbook.getSheet("Heatmap");
		Row header = rowStartingWith(heatmap, "Name");
		List<Responsibility> responsibilities = CONTENT.matrix().responsibilities();

		for (MemberAnalysis member : ANALYSIS.members()) {
			Person person = member.person();
			Row row = rowStartingWith(heatmap, person.name());
			for (int i = 0; i < responsibilities.size(); i++) {
				Responsibility responsibility = responsibilities.get(i);
				assertThat(text(header.getCell(i + 1))).isEqualTo(responsibility.name());
				Cell cell = row.getCell(i + 1);
				Integer level = person.levels().get(responsibility.id());
				if (level == null) {
					assertThat(cell.getCellType()).as(person.name() + " " + responsibility.id())
						.isEqualTo(CellType.STRING);
					assertThat(cell.getStringCellValue()).isEqualTo("n/a");
				}
				else {
					assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat(cell.getNumericCellValue()).as(person.name() + " " + responsibility.id())
						.isEqualTo(level.doubleValue());
				}
			}
		}
	}

	@Test
	void heatmapKeepsNotAssessedApartFromLevelZero() {
		Sheet heatmap = workbook.getSheet("Heatmap");
		int networking = column(rowStartingWith(heatmap, "Name"), "Networking & firewalls");

		Cell notAssessed = rowStartingWith(heatmap, "Bjørn Håland").getCell(networking);
		Cell zero = rowStartingWith(heatmap, "Ingrid Sørensen").getCell(networking);

		assertThat(notAssessed.getCellType()).isEqualTo(CellType.STRING);
		assertThat(notAssessed.getStringCellValue()).isEqualTo("n/a");
		assertThat(zero.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(zero.getNumericCellValue()).isZero();
		assertThat(notAssessed.getCellStyle().getFillForegroundColorColor())
			.isNotEqualTo(zero.getCellStyle().getFillForegroundColorColor());
	}

	@Test
	void heatmapColoursLevelsFromLightToStrong() {
		Sheet heatmap = workbook.getSheet("Heatmap");
		int kubernetes = column(rowStartingWith(heatmap, "Name"), "Kubernetes");

		// Zofia 2, Νίκος 4 on Kubernetes
		XSSFColor level2 = fill(rowStartingWith(heatmap, "Zofia Wiśniewska").getCell(kubernetes));
		XSSFColor level4 = fill(rowStartingWith(heatmap, "Νίκος Παπαδόπουλος").getCell(kubernetes));

		assertThat(brightness(level4.getRGB())).isLessThan(brightness(level2.getRGB()));
	}

	@Test
	void heatmapLetsTheSpreadsheetColourTheLevelsAndFilterTheMembers() {
		XSSFSheet heatmap = (XSSFSheet) workbook.getSheet("Heatmap");
		Row header = rowStartingWith(heatmap, "Name");
		int first = rowStartingWith(heatmap, ANALYSIS.members().get(0).person().name()).getRowNum();
		int last = rowStartingWith(heatmap, ANALYSIS.members().get(ANALYSIS.members().size() - 1).person().name())
			.getRowNum();
		String levels = new CellRangeAddress(first, last, 1, CONTENT.matrix().responsibilities().size()).formatAsString();

		var formatting = heatmap.getSheetConditionalFormatting();
		assertThat(formatting.getNumConditionalFormattings()).isEqualTo(2);
		var scale = formatting.getConditionalFormattingAt(0);
		assertThat(scale.getFormattingRanges()[0].formatAsString()).isEqualTo(levels);
		assertThat(scale.getRule(0).getColorScaleFormatting().getThresholds())
			.extracting(threshold -> threshold.getValue())
			.containsExactly(0.0, 4.0);
		assertThat(formatting.getConditionalFormattingAt(1).getFormattingRanges()[0].formatAsString()).isEqualTo(levels);
		String topLeft = "B" + (first + 1);
		// levels 3 and 4 sit on fills dark enough for white text; n/a is text, so ISNUMBER keeps it out
		assertThat(formatting.getConditionalFormattingAt(1).getRule(0).getFormula1())
			.isEqualTo("AND(ISNUMBER(" + topLeft + ")," + topLeft + ">=3)");
		assertThat(formatting.getConditionalFormattingAt(1).getRule(1).getFormula1())
			.isEqualTo("AND(ISNUMBER(" + topLeft + ")," + topLeft + "<3)");
		assertThat(heatmap.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(
				new CellRangeAddress(header.getRowNum(), last, 0, CONTENT.matrix().responsibilities().size())
					.formatAsString());
	}

	@Test
	void heatmapShowsTheAreaAboveEachResponsibilityAndTheRequiredLevels() {
		Sheet heatmap = workbook.getSheet("Heatmap");
		Row areas = rowStartingWith(heatmap, "Area");
		Row required = rowStartingWith(heatmap, "Required: DevOps Engineer");
		Row header = rowStartingWith(heatmap, "Name");

		assertThat(text(areas.getCell(column(header, "Cloud platform services")))).isEqualTo("Cloud platform");
		assertThat(text(areas.getCell(column(header, "Networking & firewalls")))).isEqualTo("Networking & security");
		assertThat(heatmap.getNumMergedRegions()).isEqualTo(6);
		assertThat(required.getCell(column(header, "CI/CD pipelines")).getNumericCellValue()).isEqualTo(4);
		assertThat(required.getCell(column(header, "Cloud storage")).getCellType()).isEqualTo(CellType.BLANK);
	}

	@Test
	void heatmapFreezesTheHeaderRowsAndTheNameColumn() {
		Sheet heatmap = workbook.getSheet("Heatmap");
		PaneInformation pane = heatmap.getPaneInformation();
		int firstMemberRow = rowStartingWith(heatmap, ANALYSIS.members().get(0).person().name()).getRowNum();

		assertThat(pane.isFreezePane()).isTrue();
		assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 1);
		assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) firstMemberRow);
	}

	@Test
	void gapsHaveOneRowPerMemberAndGapSortedByPriorityThenGapThenPersonThenResponsibility() {
		Sheet gaps = workbook.getSheet("Gaps");
		record Expected(String person, Gap gap) {
		}
		List<Expected> all = new ArrayList<>();
		for (MemberAnalysis member : ANALYSIS.members()) {
			member.gaps().forEach(gap -> all.add(new Expected(member.person().name(), gap)));
		}
		all.sort(Comparator.comparingInt((Expected e) -> -e.gap().priority())
			.thenComparingInt(e -> -e.gap().gap())
			.thenComparing(Expected::person)
			.thenComparing(e -> e.gap().responsibility().id()));
		List<List<Object>> expected = new ArrayList<>();
		for (Expected entry : all) {
			MemberAnalysis member = ANALYSIS.members()
				.stream()
				.filter(candidate -> candidate.person().name().equals(entry.person()))
				.findFirst()
				.orElseThrow();
			Gap gap = entry.gap();
			expected.add(List.of(entry.person(), member.targetRole().name(), gap.responsibility().name(),
					gap.responsibility().area(), (double) gap.required(),
					gap.actual() == null ? "not assessed" : (Object) (double) gap.actual(), (double) gap.gap(),
					(double) gap.responsibility().weight(), (double) gap.priority()));
		}
		assertThat(expected).hasSizeGreaterThan(ANALYSIS.members().stream().mapToInt(m -> m.topGaps().size()).sum());

		List<List<Object>> written = new ArrayList<>();
		for (int r = 1; r <= gaps.getLastRowNum(); r++) {
			List<Object> values = new ArrayList<>();
			gaps.getRow(r).forEach(cell -> values.add(valueOf(cell)));
			written.add(values);
		}

		assertThat(text(gaps.getRow(0).getCell(0))).isEqualTo("Person");
		assertThat(written).isNotEmpty().containsExactlyElementsOf(expected);
	}

	@Test
	void coverageHasEveryResponsibilityWithStatusAndRoundedTeamLevel() {
		Sheet coverage = workbook.getSheet("Coverage");

		assertThat(coverage.getLastRowNum()).isEqualTo(ANALYSIS.coverage().size());
		for (int i = 0; i < ANALYSIS.coverage().size(); i++) {
			CoverageEntry entry = ANALYSIS.coverage().get(i);
			Row row = coverage.getRow(i + 1);
			assertThat(text(row.getCell(0))).isEqualTo(entry.responsibility().name());
			assertThat(text(row.getCell(1))).isEqualTo(entry.responsibility().area());
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(entry.practitioners());
			assertThat(text(row.getCell(3))).isEqualTo(entry.status().label());
			if (entry.teamLevel() == null) {
				assertThat(text(row.getCell(4))).isEqualTo("not assessed");
			}
			else {
				assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(entry.teamLevel().rounded().doubleValue());
				assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0");
			}
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(entry.assessed());
		}
	}

	@Test
	void issuesListEveryDataIssueWithItsAddress() {
		Sheet issues = workbook.getSheet("Issues");

		assertThat(issues.getLastRowNum()).isEqualTo(CONTENT.issues().size());
		for (int i = 0; i < CONTENT.issues().size(); i++) {
			DataIssue issue = CONTENT.issues().get(i);
			Row row = issues.getRow(i + 1);
			assertThat(text(row.getCell(0))).isEqualTo(issue.severity().code());
			assertThat(text(row.getCell(1))).isEqualTo(issue.file());
			assertThat(valueOf(row.getCell(2))).isEqualTo(issue.sheet() == null ? "" : issue.sheet());
			assertThat(valueOf(row.getCell(3))).isEqualTo(issue.cell() == null ? "" : issue.cell());
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(issue.row().doubleValue());
			assertThat(text(row.getCell(5))).isEqualTo(issue.message());
		}
	}

	@Test
	void noCellIsAFormula() {
		assertThat(cellTypes(workbook)).doesNotContain(CellType.FORMULA);
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1)", "-2+3", "@cmd", "\t=1+1", "\r=1+1" })
	void textThatLooksLikeAFormulaStaysTextAsWritten(String name) throws IOException {
		Person person = TeamReportFixtures.person(name, "DevOps Engineer", null, "21.12 1123 222 433233 33333 23");
		DataIssue issue = new DataIssue(Severity.WARNING, "input/team.csv", null, null, 4, name);
		TeamReportContent content = TeamReportFixtures.content(new Team("team", name, List.of(person)), List.of(issue));

		try (XSSFWorkbook written = write(content)) {
			List<Cell> cells = List.of(valueOf(written.getSheet("Summary"), "Team"),
					rowStartingWith(written.getSheet("Heatmap"), name).getCell(0),
					written.getSheet("Gaps").getRow(1).getCell(0), written.getSheet("Issues").getRow(1).getCell(5));

			assertThat(cells).allSatisfy(cell -> {
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(name);
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			});
			assertThat(cellTypes(written)).doesNotContain(CellType.FORMULA);
		}
	}

	@Test
	void ordinaryTextIsNotQuotePrefixed() {
		Cell name = rowStartingWith(workbook.getSheet("Heatmap"), "Zofia Wiśniewska").getCell(0);

		assertThat(name.getCellStyle().getQuotePrefixed()).isFalse();
	}

	@Test
	void leavesTheOutputStreamOpenForTheCaller() throws IOException {
		boolean[] closed = { false };
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closed[0] = true;
			}
		};

		new TeamReportWorkbook().write(CONTENT, out);

		assertThat(closed[0]).isFalse();
		assertThat(out.size()).isPositive();
	}

	@Test
	void writesATeamWithNobodyInIt() throws IOException {
		TeamReportContent empty = TeamReportFixtures.content(new Team("empty", "Empty Team", List.of()), List.of());

		try (XSSFWorkbook written = write(empty)) {
			assertThat(written.getSheet("Gaps").getLastRowNum()).isZero();
			assertThat(valueOf(written.getSheet("Summary"), "People").getNumericCellValue()).isZero();
			assertThat(valueOf(written.getSheet("Summary"), "Average fit: Cloud Engineer").getCellType())
				.isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void summaryColoursOnlyTheStatusCountsAboveZero() {
		Sheet summary = workbook.getSheet("Summary");

		assertThat(valueOf(summary, "Responsibilities: uncovered").getNumericCellValue()).isPositive();
		assertThat(valueOf(summary, "Responsibilities: uncovered").getCellStyle().getFillPattern())
			.isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(valueOf(summary, "Responsibilities: thin").getNumericCellValue()).isZero();
		assertThat(valueOf(summary, "Responsibilities: thin").getCellStyle().getFillPattern())
			.isEqualTo(FillPatternType.NO_FILL);
	}

	@Test
	void anIssuesSheetWithoutIssuesSaysSoBelowItsFilter() throws IOException {
		TeamReportContent clean = new TeamReportContent(CONTENT.quarter(), CONTENT.matrix(), ANALYSIS, List.of());

		try (XSSFWorkbook written = write(clean)) {
			XSSFSheet issues = written.getSheet("Issues");
			assertThat(issues.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F1");
			assertThat(issues.getRow(2).getCell(0).getStringCellValue()).startsWith("No data issues");
		}
	}

	@Test
	void mentorsListsEveryStepOfEveryLearningPlanWithItsMentor() {
		Sheet mentors = workbook.getSheet("Mentors");
		List<String> rows = new ArrayList<>();
		for (MemberAnalysis member : ANALYSIS.members()) {
			for (LearningStep step : ANALYSIS.learningPlan(member)) {
				rows.add(member.person().name() + " | " + step.gap().responsibility().name() + " | "
						+ (step.mentor() == null ? "nobody in the team" : step.mentor().name()));
			}
		}
		List<String> written = new ArrayList<>();
		for (int r = 1; r <= mentors.getLastRowNum(); r++) {
			Row row = mentors.getRow(r);
			written.add(text(row.getCell(0)) + " | " + text(row.getCell(2)) + " | " + text(row.getCell(5)));
		}
		assertThat(written).isNotEmpty().containsExactlyElementsOf(rows);
	}

	@Test
	void nextHireNamesTheSuggestedRoleAndItsResponsibilitiesOrTheReasonThereIsNone() {
		Sheet nextHire = workbook.getSheet("Next hire");
		if (ANALYSIS.nextHire() == null) {
			assertThat(text(nextHire.getRow(1).getCell(0))).startsWith("Every responsibility has at least two");
			return;
		}
		assertThat(text(valueOf(nextHire, "Suggested role"))).isEqualTo(ANALYSIS.nextHire().role().name());
		List<String> listed = new ArrayList<>();
		for (int r = 4; r <= nextHire.getLastRowNum(); r++) {
			listed.add(text(nextHire.getRow(r).getCell(0)));
		}
		assertThat(listed).containsExactlyElementsOf(
				ANALYSIS.nextHire().responsibilities().stream().map(Responsibility::name).toList());
	}

	@Test
	void aFirstQuarterTrendSheetSaysThereIsNothingToCompare() {
		assertThat(text(workbook.getSheet("Trend").getRow(1).getCell(0)))
			.isEqualTo("This is the team's first analysed quarter: there is no earlier quarter to compare with.");
	}

	@Test
	void peopleHasOneFilterableRowPerMemberWithEmailFitsAndGaps() {
		Sheet people = workbook.getSheet("People");
		Row header = people.getRow(0);
		assertThat(text(header.getCell(0))).isEqualTo("Name");
		assertThat(people.getLastRowNum()).isEqualTo(ANALYSIS.members().size());
		for (int i = 0; i < ANALYSIS.members().size(); i++) {
			MemberAnalysis member = ANALYSIS.members().get(i);
			Row row = people.getRow(i + 1);
			assertThat(text(row.getCell(0))).isEqualTo(member.person().name());
			assertThat(row.getCell(column(header, "Fit Cloud Engineer")).getNumericCellValue())
				.isEqualTo(member.fit(CONTENT.matrix().findRole("cloud-engineer").orElseThrow()).fit().rounded()
					.doubleValue());
			assertThat(row.getCell(column(header, "Gaps")).getNumericCellValue()).isEqualTo(member.gaps().size());
		}
		assertThat(((XSSFSheet) people).getCTWorksheet().isSetAutoFilter()).isTrue();
	}

	@Test
	void matrixListsEveryResponsibilityWithItsWeightAndRequiredLevels() {
		Sheet matrix = workbook.getSheet("Matrix");
		Row header = matrix.getRow(0);
		List<Responsibility> responsibilities = CONTENT.matrix().responsibilities();
		for (int i = 0; i < responsibilities.size(); i++) {
			Responsibility responsibility = responsibilities.get(i);
			Row row = matrix.getRow(i + 1);
			assertThat(text(row.getCell(column(header, "Id")))).isEqualTo(responsibility.id());
			assertThat(row.getCell(column(header, "Weight")).getNumericCellValue()).isEqualTo(responsibility.weight());
			int devops = responsibility.requiredBy("devops-engineer");
			Cell required = row.getCell(column(header, "Required by DevOps Engineer"));
			assertThat(valueOf(required)).isEqualTo(devops > 0 ? (Object) (double) devops : "—");
		}
	}

	private static XSSFWorkbook write(TeamReportContent content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TeamReportWorkbook().write(content, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	private static Row rowStartingWith(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row in " + sheet.getSheetName() + " starts with '" + text + "'");
	}

	/** The cell right of a label in the first column. */
	private static Cell valueOf(Sheet sheet, String label) {
		return rowStartingWith(sheet, label).getCell(1);
	}

	private static int column(Row header, String heading) {
		for (Cell cell : header) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column '" + heading + "'");
	}

	private static String text(Cell cell) {
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		return cell.getStringCellValue();
	}

	private static Object valueOf(Cell cell) {
		return switch (cell.getCellType()) {
			case NUMERIC -> cell.getNumericCellValue();
			case STRING -> cell.getStringCellValue();
			case BLANK -> "";
			default -> throw new AssertionError("unexpected " + cell.getCellType() + " at " + cell.getAddress());
		};
	}

	private static List<CellType> cellTypes(XSSFWorkbook book) {
		List<CellType> types = new ArrayList<>();
		book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> types.add(cell.getCellType()))));
		return types;
	}

	private static XSSFColor fill(Cell cell) {
		return (XSSFColor) cell.getCellStyle().getFillForegroundColorColor();
	}

	private static int brightness(byte[] rgb) {
		return (rgb[0] & 0xFF) + (rgb[1] & 0xFF) + (rgb[2] & 0xFF);
	}

}
