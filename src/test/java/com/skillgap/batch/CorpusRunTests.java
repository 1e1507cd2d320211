package com.skillgap.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole intake corpus — valid, rejected and hostile files in one folder — through {@code --once}: exit status 2,
 * reports for every team of the valid files, and every rejected file named with its reason in
 * {@code run-summary.json} and in the closing summary.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:corpus-run;hsqldb.tx=mvcc",
		args = { "--once", "--input=src/test/resources/intake/corpus", "--reports=target/corpus-reports",
				"--quarter=2026-Q2" })
class CorpusRunTests {

	private static final Path CORPUS = Path.of("src/test/resources/intake/corpus");

	private static final Path REPORTS = Path.of("target/corpus-reports");

	@Autowired
	private OnceCommand command;

	@Test
	void rejectsEveryBadFileWithItsReasonAndReportsEveryTeamOfTheGoodOnes(CapturedOutput output) throws Exception {
		assertThat(this.command.getExitCode()).isEqualTo(OnceCommand.FILES_REJECTED);
		JsonNode summary = JsonMapper.builder().build().readTree(REPORTS.resolve("2026-Q2/run-summary.json").toFile());

		List<String> names = corpusFiles();
		assertThat(summary.get("files")).extracting(file -> file.get("path").asString())
			.containsExactlyElementsOf(names.stream().map(name -> CORPUS.resolve(name).toString()).toList());
		for (JsonNode file : summary.get("files")) {
			String name = Path.of(file.get("path").asString()).getFileName().toString();
			boolean good = name.startsWith("valid-") || name.startsWith("by-content-");
			assertThat(file.get("status").asString()).as(name).isEqualTo(good ? "imported" : "rejected");
			if (good) {
				assertThat(file.get("rowsRead").asInt()).as(name)
					.isEqualTo(file.get("rowsImported").asInt() + file.get("rowsRejected").asInt())
					.isPositive();
			}
			else {
				String reason = file.get("reason").asString();
				assertThat(reason).as(name).isNotBlank().doesNotContain(CORPUS.toAbsolutePath().toString());
				assertThat(output.getOut()).contains("rejected " + file.get("path").asString() + ": " + reason);
			}
		}
		assertThat(summary.get("teams")).hasSizeGreaterThanOrEqualTo(20);
		for (JsonNode team : summary.get("teams")) {
			assertThat(REPORTS.resolve(team.get("reports").get("pdf").asString())).isRegularFile().isNotEmptyFile();
			assertThat(REPORTS.resolve(team.get("reports").get("xlsx").asString())).isRegularFile().isNotEmptyFile();
		}
	}

	private static List<String> corpusFiles() throws Exception {
		try (Stream<Path> files = Files.list(CORPUS)) {
			List<String> names = new ArrayList<>(files.map(path -> path.getFileName().toString())
				.filter(name -> !name.startsWith("."))
				.sorted()
				.toList());
			assertThat(names).hasSizeGreaterThan(40);
			return names;
		}
	}

}
