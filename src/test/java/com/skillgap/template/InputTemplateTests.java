package com.skillgap.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.skillgap.intake.FileOutcome;
import com.skillgap.intake.ImportedRow;
import com.skillgap.intake.IntakeFixtures;
import com.skillgap.intake.IntakeFixtures.Outcome;
import com.skillgap.matrix.IdentityColumn;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;
import com.skillgap.matrix.Responsibility;

/**
 * The blank input template: what a manager sees in it, and that what they fill in is read back by intake without a
 * single issue.
 */
class InputTemplateTests {

	private static final Matrix MATRIX = IntakeFixtures.MATRIX;

	private static final List<String> LEVELS_AND_NOT_ASSESSED = List.of("None", "Awareness", "Working",
			"Practitioner", "Expert", "N/A");

	private final XSSFWorkbook template = template(MATRIX);

	private final XSSFSheet skills = this.template.getSheet("Skills");

	private final XSSFSheet guide = this.template.getSheet("Guide");

	@AfterEach
	void close() throws IOException {
		this.template.close();
	}

	@Test
	void hasTheSkillsSheetFirstAndTheGuideSecond() {
		assertThat(this.template.getNumberOfSheets()).isEqualTo(2);
		assertThat(this.template.getSheetName(0)).isEqualTo("Skills");
		assertThat(this.template.getSheetName(1)).isEqualTo("Guide");
		assertThat(this.template.getActiveSheetIndex()).isZero();
	}

	@Test
	void headsTheSkillsSheetWithTheWideIdentityColumnsThenEveryResponsibilityByNameInMatrixOrder() {
		List<String> expected = new ArrayList<>(List.of("Name", "Email", "Team", "Role", "Target role",
				"Manager email", "Assessed on"));
		MATRIX.responsibilities().forEach(responsibility -> expected.add(responsibility.name()));

		assertThat(texts(this.skills.getRow(0))).containsExactlyElementsOf(expected);
		assertThat(this.skills.getLastRowNum()).isZero();
	}

	@Test
	void makesTheHeaderBoldFilledAndWrappedAndKeepsItAndTheNameColumnInView() {
		Iterable<Cell> header = this.skills.getRow(0);
		assertThat(header).allSatisfy(cell -> {
			assertThat(this.template.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(cell.getCellStyle().getWrapText()).isTrue();
			assertThat(cell.getCellStyle().getFillForegroundColorColor()).isNotNull();
		});
		PaneInformation pane = this.skills.getPaneInformation();
		assertThat(pane.isFreezePane()).isTrue();
		assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
		assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
		assertThat(this.skills.getColumnWidth(0)).isGreaterThanOrEqualTo(20 * 256);
		assertThat(this.skills.getColumnWidth(ratingColumn(this.skills, "Kubernetes"))).isGreaterThanOrEqualTo(
				"Practitioner".length() * 256);
	}

	@Test
	void commentsEachResponsibilityHeaderWithItsAreaDescriptionAndAliases() {
		Responsibility kubernetes = MATRIX.responsibility("kubernetes");
		Comment comment = this.skills.getCellComment(new CellAddress(0, ratingColumn(this.skills, "Kubernetes")));

		assertThat(comment.getString().getString()).contains(kubernetes.area())
			.contains(kubernetes.description())
			.contains("K8s");
	}

	@Test
	void offersTheLevelNamesAndNotAssessedOnEveryRatingCellAndOnlyWarnsAboutOtherValues() {
		XSSFDataValidation ratings = validationCovering(this.skills, "Kubernetes");

		assertThat(ratings.getValidationConstraint().getExplicitListValues())
			.containsExactlyElementsOf(LEVELS_AND_NOT_ASSESSED);
		assertThat(ratings.getRegions().getCellRangeAddresses()).containsExactly(new CellRangeAddress(1, 1000,
				ratingColumn(this.skills, MATRIX.responsibilities().get(0).name()),
				ratingColumn(this.skills, MATRIX.responsibilities().getLast().name())));
		assertThat(ratings.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
		assertThat(ratings.getShowErrorBox()).isTrue();
		assertThat(ratings.getErrorBoxText()).contains("0–4 are fine too").contains("reported as an error");
		assertThat(ratings.getEmptyCellAllowed()).isTrue();
	}

	@Test
	void offersTheMatrixRolesOnTheRoleAndTargetRoleCellsAndOnlyWarnsAboutOtherTitles() {
		XSSFDataValidation roles = validationCovering(this.skills, "Role");

		assertThat(roles.getValidationConstraint().getExplicitListValues()).containsExactly("Cloud Engineer",
				"DevOps Engineer");
		assertThat(roles.getRegions().getCellRangeAddresses()).containsExactly(
				CellRangeAddress.valueOf("D2:D1001"), CellRangeAddress.valueOf("E2:E1001"));
		assertThat(roles.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
		assertThat(roles.getErrorBoxText()).contains("own job title");
	}

	@Test
	void keepsTheErrorBoxesWithinExcelsLimits() {
		assertThat(this.skills.getDataValidations()).hasSize(2).allSatisfy(validation -> {
			assertThat(validation.getErrorBoxTitle()).hasSizeLessThanOrEqualTo(32);
			assertThat(validation.getErrorBoxText()).hasSizeLessThanOrEqualTo(255);
		});
	}

	@Test
	void formatsTheAssessedOnColumnAsAnIsoDate() {
		int assessedOn = headerColumn(this.skills, "Assessed on");

		assertThat(this.skills.getColumnStyle(assessedOn).getDataFormatString()).isEqualTo("yyyy-mm-dd");
	}

	@Test
	void explainsHowToFillItInIncludingThatBlankOrNotAssessedIsNotZero() {
		assertThat(allTexts(this.guide)).anySatisfy(text -> assertThat(text).contains("one row per person"))
			.anySatisfy(text -> assertThat(text).contains("blank, or pick N/A")
				.contains("not the same as 0 (None)"));
	}

	@Test
	void explainsTheScaleWithEveryLevelItsNameAndMeaning() {
		Row header = rowStartingWith(this.guide, "Level");
		assertThat(texts(header)).containsExactly("Level", "Level name", "What it means");
		for (int level = 0; level <= 4; level++) {
			Row row = this.guide.getRow(header.getRowNum() + 1 + level);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(level);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo(MATRIX.scale().level(level).name());
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo(MATRIX.scale().level(level).description());
		}
		assertThat(this.guide.getRow(header.getRowNum() + 6).getCell(1).getStringCellValue()).isEqualTo("N/A");
	}

	@Test
	void explainsEveryResponsibilityWithItsAreaIdRequiredLevelsAndAcceptedHeaders() {
		Row header = rowStartingWith(this.guide, "Area");
		assertThat(texts(header)).containsExactly("Area", "Responsibility", "What it is", "Id",
				"Required for Cloud Engineer", "Required for DevOps Engineer", "Also accepted as column header");
		List<List<String>> rows = new ArrayList<>();
		for (int r = header.getRowNum() + 1; r <= this.guide.getLastRowNum(); r++) {
			rows.add(texts(this.guide.getRow(r)));
		}
		assertThat(rows).hasSize(MATRIX.responsibilities().size());
		assertThat(rows).extracting(row -> row.get(3))
			.containsExactlyElementsOf(MATRIX.responsibilities().stream().map(Responsibility::id).toList());
		assertThat(rows).filteredOn(row -> row.get(3).equals("kubernetes"))
			.singleElement()
			.isEqualTo(List.of("Infrastructure automation", "Kubernetes",
					MATRIX.responsibility("kubernetes").description(), "kubernetes", "3 Practitioner",
					"3 Practitioner", "K8s, EKS/AKS/GKE, container orchestration, OpenShift"));
		assertThat(rows).filteredOn(row -> row.get(3).equals("cloud-storage"))
			.singleElement()
			.satisfies(row -> assertThat(row.subList(4, 6)).containsExactly("3 Practitioner", "—"));
	}

	@Test
	void hasNoGuideCellThatTheReaderWouldTakeForThePersonHeader() {
		assertThat(allTexts(this.guide)).isNotEmpty()
			.noneSatisfy(text -> assertThat(IdentityColumn.forHeader(text)).contains(IdentityColumn.PERSON));
	}

	@Test
	void quotePrefixesMatrixTextThatCouldBeTakenForAFormula() throws IOException {
		Matrix matrix = matrix("""
				id: tricky
				version: "1"
				roles:
				  - { id: ops, name: "+Ops" }
				responsibilities:
				  - id: mentions
				    name: "@mentions triage"
				    area: "=1+1"
				    description: "-deletes nothing"
				    weight: 1
				    required: { ops: 2 }
				""");

		try (XSSFWorkbook tricky = template(matrix)) {
			List<Cell> cells = Stream.of(cellWithText(tricky.getSheet("Skills"), "@mentions triage"),
					cellWithText(tricky.getSheet("Guide"), "=1+1"),
					cellWithText(tricky.getSheet("Guide"), "-deletes nothing"),
					cellWithText(tricky.getSheet("Guide"), "+Ops")).toList();

			assertThat(cells).allSatisfy(cell -> {
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			});
			assertThat(cellWithText(tricky.getSheet("Skills"), "Name").getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	void refersTheRoleDropDownToTheGuideWhenTheRolesDoNotFitAnExplicitList() throws IOException {
		Matrix matrix = matrix("""
				id: many-roles
				version: "1"
				roles:
				  - { id: platform, name: "Engineer, Platform" }
				  - { id: network, name: "Network Engineer" }
				responsibilities:
				  - id: networking
				    name: Networking
				    area: Network
				    weight: 1
				    required: { platform: 2, network: 4 }
				""");

		try (XSSFWorkbook workbook = template(matrix)) {
			XSSFDataValidation roles = validationCovering(workbook.getSheet("Skills"), "Role");
			String formula = roles.getValidationConstraint().getFormula1();

			assertThat(roles.getValidationConstraint().getExplicitListValues()).isNull();
			assertThat(formula).startsWith("'Guide'!");
			CellRangeAddress cells = CellRangeAddress.valueOf(formula.substring(formula.indexOf('!') + 1));
			List<String> listed = new ArrayList<>();
			for (int row = cells.getFirstRow(); row <= cells.getLastRow(); row++) {
				listed.add(workbook.getSheet("Guide").getRow(row).getCell(cells.getFirstColumn()).getStringCellValue());
			}
			assertThat(listed).containsExactly("Engineer, Platform", "Network Engineer");
		}
	}

	@Test
	void readsAFilledInTemplateBackWithoutASingleIssue(@TempDir Path folder) throws IOException {
		Path blank = folder.resolve("blank.xlsx");
		new InputTemplate(MATRIX).write(blank);
		Path filled = folder.resolve("skills-2026-q1.xlsx");

		try (InputStream in = Files.newInputStream(blank); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Skills");
			fill(sheet, 1, Map.of("Name", "Ana Lima", "Email", "ana.lima@example.com", "Team", "Platform Team",
					"Role", "DevOps Engineer", "Target role", "Cloud Engineer", "Manager email",
					"lead@example.com; cto@example.com", "Assessed on", LocalDate.of(2026, 3, 15)));
			fill(sheet, 1, Map.of("Cloud platform services", "Practitioner", "Kubernetes", 3, "CI/CD pipelines",
					"Expert", "Cloud storage", "N/A", "Infrastructure as code", "None"));
			fill(sheet, 2, Map.of("Name", "Kenji Sato", "Team", "Platform Team", "Role", "SRE", "Kubernetes", 4,
					"Containers", 0, "Linux & scripting", "Working", "Cloud migration", "N/A"));
			fill(sheet, 3, Map.of("Name", "Zofia Wiśniewska", "Team", "Delivery", "Role", "Cloud Engineer",
					"Assessed on", LocalDate.of(2026, 3, 2), "Kubernetes", "Awareness", "Cloud platform services",
					2, "Release management", "N/A"));
			try (OutputStream out = Files.newOutputStream(filled)) {
				workbook.write(out);
			}
		}
		Outcome outcome = IntakeFixtures.read(null, filled);

		assertThat(outcome.files()).extracting(FileOutcome::imported).containsExactly(true);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
		assertThat(outcome.imported()).extracting(row -> row.person().name(), ImportedRow::teamId,
				ImportedRow::teamName, ImportedRow::sheet, ImportedRow::row)
			.containsExactly(tuple("Ana Lima", "platform-team", "Platform Team", "Skills", 2),
					tuple("Kenji Sato", "platform-team", "Platform Team", "Skills", 3),
					tuple("Zofia Wiśniewska", "delivery", "Delivery", "Skills", 4));
		ImportedRow ana = outcome.person("Ana Lima");
		assertThat(ana.person().email()).isEqualTo("ana.lima@example.com");
		assertThat(ana.person().currentRole()).isEqualTo("DevOps Engineer");
		assertThat(ana.person().targetRole()).isEqualTo("Cloud Engineer");
		assertThat(ana.managers()).containsExactly("lead@example.com", "cto@example.com");
		assertThat(ana.assessedOn()).isEqualTo("2026-03-15");
		assertThat(ana.person().levels()).isEqualTo(Map.of("cloud-platform-services", 3, "kubernetes", 3,
				"ci-cd-pipelines", 4, "infrastructure-as-code", 0));
		ImportedRow kenji = outcome.person("Kenji Sato");
		assertThat(kenji.person().currentRole()).isEqualTo("SRE");
		assertThat(kenji.person().targetRole()).isNull();
		assertThat(kenji.person().email()).isNull();
		assertThat(kenji.assessedOn()).isNull();
		assertThat(kenji.person().levels()).isEqualTo(Map.of("kubernetes", 4, "containers", 0, "linux-scripting", 2));
		ImportedRow zofia = outcome.person("Zofia Wiśniewska");
		assertThat(zofia.assessedOn()).isEqualTo("2026-03-02");
		assertThat(zofia.person().levels()).isEqualTo(Map.of("kubernetes", 1, "cloud-platform-services", 2));
	}

	/**
	 * Types values into a row of the skills sheet, by header, as a manager would: text, numbers, dates. A cell typed
	 * into takes its column's style, as in Excel and LibreOffice (POI only shows the column's style on a new cell
	 * without storing it).
	 */
	private static void fill(Sheet sheet, int rowIndex, Map<String, Object> values) {
		Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
		values.forEach((header, value) -> {
			int column = headerColumn(sheet, header);
			Cell cell = row.createCell(column);
			if (sheet.getColumnStyle(column) != null) {
				cell.setCellStyle(sheet.getColumnStyle(column));
			}
			switch (value) {
				case String text -> cell.setCellValue(text);
				case Integer number -> cell.setCellValue(number);
				case LocalDate date -> cell.setCellValue(date);
				default -> throw new IllegalArgumentException(value.toString());
			}
		});
	}

	private static XSSFWorkbook template(Matrix matrix) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new InputTemplate(matrix).write(out);
			return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Matrix matrix(String yaml) {
		return MatrixLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
	}

	private static XSSFDataValidation validationCovering(XSSFSheet sheet, String header) {
		int column = headerColumn(sheet, header);
		return sheet.getDataValidations()
			.stream()
			.filter(validation -> Stream.of(validation.getRegions().getCellRangeAddresses())
				.anyMatch(range -> range.isInRange(1, column)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no drop-down on the " + header + " column"));
	}

	private static int headerColumn(Sheet sheet, String header) {
		for (Cell cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().equals(header)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header);
	}

	private static int ratingColumn(Sheet sheet, String responsibilityName) {
		return headerColumn(sheet, responsibilityName);
	}

	private static Row rowStartingWith(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row starting with " + text);
	}

	private static Cell cellWithText(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return cell;
				}
			}
		}
		throw new AssertionError("no cell " + text + " on " + sheet.getSheetName());
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			texts.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((int) cell.getNumericCellValue())
					: cell.getStringCellValue());
		}
		return texts;
	}

	private static List<String> allTexts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

}
