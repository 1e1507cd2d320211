package com.skillgap.report;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.OrgRollup;
import com.skillgap.analysis.Team;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;

import static org.assertj.core.api.Assertions.assertThat;

/** The org roll-up workbook, read back cell by cell. */
class OrgRollupWorkbookTests {

	private static final Matrix MATRIX = TeamReportFixtures.MATRIX;

	private static final TeamAnalysis PLATFORM = TeamReportFixtures.platformTeam().analysis();

	private static final TeamAnalysis SMALL = TeamReportFixtures.content(new Team("small", "Small Team",
			List.of(TeamReportFixtures.person("Ana Lima", "DevOps Engineer", null, "21.12 1123 222 433233 33333 23"))),
			List.of()).analysis();

	@Test
	void hasItsSheetsInOrder() throws IOException {
		try (XSSFWorkbook workbook = write(PLATFORM, SMALL)) {
			assertThat(workbook).extracting(Sheet::getSheetName)
				.containsExactly("Summary", "Teams", "Coverage", "Responsibilities");
		}
	}

	@Test
	void summaryCountsTeamsPeopleAndNamesWhatTeamsLackMost() throws IOException {
		try (XSSFWorkbook workbook = write(PLATFORM, SMALL)) {
			Sheet summary = workbook.getSheet("Summary");

			assertThat(valueOf(summary, "Quarter").getStringCellValue()).isEqualTo("2026-Q4");
			assertThat(valueOf(summary, "Teams").getNumericCellValue()).isEqualTo(2);
			assertThat(valueOf(summary, "People").getNumericCellValue()).isEqualTo(7);
			assertThat(valueOf(summary, "Matrix version").getStringCellValue()).isEqualTo(MATRIX.version());
			assertThat(texts(summary)).contains("Most often uncovered or resting on one person");
		}
	}

	@Test
	void teamsShowRoundedAverageFitsOnAColourScaleWithFilterAndFrozenHeader() throws IOException {
		try (XSSFWorkbook workbook = write(PLATFORM, SMALL)) {
			XSSFSheet teams = workbook.getSheet("Teams");
			Row platform = rowStartingWith(teams, "Platform Team");

			assertThat(BigDecimal.valueOf(platform.getCell(2).getNumericCellValue()))
				.isEqualByComparingTo(PLATFORM.averageFit(MATRIX.roles().get(0)).rounded());
			assertThat(teams.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(teams.getPaneInformation().isFreezePane()).isTrue();
			ConditionalFormatting scale = teams.getSheetConditionalFormatting().getConditionalFormattingAt(0);
			assertThat(scale.getFormattingRanges()[0].formatAsString()).isEqualTo("C2:D3");
			assertThat(scale.getRule(0).getColorScaleFormatting()).isNotNull();
		}
	}

	@Test
	void coverageHasEachTeamsPractitionersOnTheColourOfTheirStatus() throws IOException {
		try (XSSFWorkbook workbook = write(PLATFORM, SMALL)) {
			Sheet coverage = workbook.getSheet("Coverage");
			List<Responsibility> responsibilities = MATRIX.responsibilities();

			for (int i = 0; i < responsibilities.size(); i++) {
				assertThat(coverage.getRow(0).getCell(1 + i).getStringCellValue())
					.isEqualTo(responsibilities.get(i).name());
			}
			for (TeamAnalysis team : List.of(PLATFORM, SMALL)) {
				Row row = rowStartingWith(coverage, team.team().name());
				for (int i = 0; i < responsibilities.size(); i++) {
					CoverageEntry entry = team.coverage().get(i);
					Cell cell = row.getCell(1 + i);
					assertThat(cell.getNumericCellValue()).as(team.team().id() + " " + entry.responsibility().id())
						.isEqualTo(entry.practitioners());
					byte[] fill = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor().getRGB();
					Color expected = CoverageStatusColours.of(entry.status());
					assertThat(fill).containsExactly((byte) expected.getRed(), (byte) expected.getGreen(),
							(byte) expected.getBlue());
				}
			}
		}
	}

	@Test
	void responsibilitiesAddUpTheTeams() throws IOException {
		try (XSSFWorkbook workbook = write(PLATFORM, SMALL)) {
			Sheet sheet = workbook.getSheet("Responsibilities");
			for (Responsibility responsibility : MATRIX.responsibilities()) {
				Row row = rowStartingWith(sheet, responsibility.name());
				List<CoverageEntry> entries = List.of(PLATFORM.coverage(responsibility), SMALL.coverage(responsibility));
				assertThat(row.getCell(2).getNumericCellValue()).as(responsibility.id())
					.isEqualTo(entries.stream().mapToInt(CoverageEntry::practitioners).sum());
				assertThat(row.getCell(3).getNumericCellValue()).as(responsibility.id())
					.isEqualTo(entries.stream().filter(entry -> entry.practitioners() == 0).count());
				assertThat(row.getCell(4).getNumericCellValue()).as(responsibility.id())
					.isEqualTo(entries.stream().filter(entry -> entry.practitioners() == 1).count());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1)", "-2+3", "@cmd", "\t=1+1", "\r=1+1" })
	void aTeamNameThatLooksLikeAFormulaStaysText(String name) throws IOException {
		TeamAnalysis hostile = TeamReportFixtures.content(new Team("hostile", name, List.of()), List.of()).analysis();

		try (XSSFWorkbook workbook = write(hostile)) {
			for (String sheet : List.of("Teams", "Coverage")) {
				Cell cell = workbook.getSheet(sheet).getRow(1).getCell(0);
				assertThat(cell.getStringCellValue()).as(sheet).isEqualTo(name);
				assertThat(cell.getCellStyle().getQuotePrefixed()).as(sheet).isTrue();
			}
			workbook.forEach(sheet -> sheet.forEach(
					row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
		}
	}

	@Test
	void responsibilityAndAreaNamesThatLookLikeFormulasStayText() throws IOException {
		Matrix base = MATRIX;
		List<Responsibility> responsibilities = new ArrayList<>(base.responsibilities());
		Responsibility first = responsibilities.get(0);
		String name = "=HYPERLINK(\"http://x\",\"y\")";
		String area = "@SUM(A1)";
		responsibilities.set(0, new Responsibility(first.id(), name, area, first.description(), first.aliases(),
				first.weight(), first.required(), first.learning()));
		Matrix hostile = new Matrix(base.id(), base.version(), base.scale(), base.roles(), responsibilities);
		OrgRollup rollup = new OrgRollup(hostile);
		rollup.add(TeamReportFixtures.content(new Team("t", "Team", List.of()), List.of()).analysis());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new OrgRollupWorkbook().write("2026-Q4", rollup, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Row line = rowStartingWith(workbook.getSheet("Responsibilities"), name);
			assertThat(line.getCell(1).getStringCellValue()).isEqualTo(area);
			assertThat(line.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(line.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
			Cell header = workbook.getSheet("Coverage").getRow(0).getCell(1);
			assertThat(header.getStringCellValue()).isEqualTo(name);
			assertThat(header.getCellStyle().getQuotePrefixed()).isTrue();
			workbook.forEach(sheet -> sheet.forEach(
					row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
		}
	}

	@Test
	void writesARunWithNoTeams() throws IOException {
		try (XSSFWorkbook workbook = write()) {
			assertThat(valueOf(workbook.getSheet("Summary"), "Teams").getNumericCellValue()).isZero();
			assertThat(valueOf(workbook.getSheet("Summary"), "Average fit: Cloud Engineer").getStringCellValue())
				.isEqualTo("nobody counted");
		}
	}

	private static XSSFWorkbook write(TeamAnalysis... teams) throws IOException {
		OrgRollup rollup = new OrgRollup(MATRIX);
		for (TeamAnalysis team : teams) {
			rollup.add(team);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new OrgRollupWorkbook().write("2026-Q4", rollup, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	private static Cell valueOf(Sheet sheet, String label) {
		return rowStartingWith(sheet, label).getCell(1);
	}

	private static Row rowStartingWith(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row starts with " + text + " in " + sheet.getSheetName());
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		sheet.forEach(row -> row.forEach(cell -> {
			if (cell.getCellType() == CellType.STRING) {
				texts.add(cell.getStringCellValue());
			}
		}));
		return texts;
	}

}
