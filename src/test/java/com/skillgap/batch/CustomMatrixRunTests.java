package com.skillgap.batch;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code skillgap.matrix=path.yaml} replaces the default matrix: its id and version are printed, stored with the
 * quarter, written to run-summary.json and shown in both reports, and the sheet's columns are its responsibilities.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:hsqldb:mem:custom-matrix;hsqldb.tx=mvcc",
				"skillgap.matrix=src/test/resources/custom-matrix/platform-skills.yaml" },
		args = { "--once", "--input=src/test/resources/custom-matrix/team.csv", "--reports=target/custom-matrix-reports",
				"--quarter=2027-Q1" })
class CustomMatrixRunTests {

	private static final Path QUARTER = Path.of("target/custom-matrix-reports/2027-Q1");

	@Autowired
	private OnceCommand command;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theCustomMatrixIsUsedPrintedStoredAndShownInEveryReport(CapturedOutput output) throws Exception {
		assertThat(this.command.getExitCode()).isEqualTo(OnceCommand.EVERY_FILE_IMPORTED);
		assertThat(output.getOut()).contains("matrix platform-skills 2027.1");
		JsonNode summary = JsonMapper.builder().build().readTree(QUARTER.resolve("run-summary.json").toFile());
		assertThat(summary.get("matrix").get("id").asString()).isEqualTo("platform-skills");
		assertThat(summary.get("matrix").get("version").asString()).isEqualTo("2027.1");
		assertThat(summary.get("issues")).isEmpty();
		assertThat(summary.get("teams").get(0).get("coverage")).extracting(entry -> entry.get("responsibility")
			.asString()).containsExactly("kubernetes", "terraform", "pipelines", "networking");
		assertThat(this.jdbc.queryForObject("SELECT matrix_id || ' ' || matrix_version FROM team_quarter "
				+ "WHERE quarter_label = '2027-Q1'", String.class)).isEqualTo("platform-skills 2027.1");
		assertThat(pdfText(QUARTER.resolve("team/team-2027-Q1-gap-report.pdf"))).contains("platform-skills, version 2027.1");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				Files.newInputStream(QUARTER.resolve("team/team-2027-Q1-gap-report.xlsx")))) {
			assertThat(workbook.getSheet("Summary").getRow(4).getCell(1).getStringCellValue())
				.isEqualTo("platform-skills");
			assertThat(workbook.getSheet("Summary").getRow(5).getCell(1).getStringCellValue()).isEqualTo("2027.1");
		}
		try (XSSFWorkbook rollup = new XSSFWorkbook(Files.newInputStream(QUARTER.resolve("org-2027-Q1-rollup.xlsx")))) {
			var teams = rollup.getSheet("Teams");
			assertThat(teams.getRow(teams.getLastRowNum()).getCell(0).getStringCellValue())
				.isEqualTo("Matrix platform-skills, version 2027.1");
		}
	}

	private static String pdfText(Path pdf) throws Exception {
		try (InputStream input = Files.newInputStream(pdf); PdfReader reader = new PdfReader(input)) {
			return new PdfTextExtractor(reader).getTextFromPage(1);
		}
	}

}
