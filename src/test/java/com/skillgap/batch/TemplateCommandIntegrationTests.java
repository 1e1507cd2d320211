package com.skillgap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * {@code --once --template=FILE} as a user runs it: the template is written, both commands exit with 0 and no
 * analysis runs, although the inputs would give reports.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:template-tests;hsqldb.tx=mvcc",
		args = { "--once", "--template=target/template-command-tests.xlsx", "--input=src/test/resources/once",
				"--reports=target/template-command-tests-reports", "--quarter=2026-Q1" })
class TemplateCommandIntegrationTests {

	private static final Path TEMPLATE = Path.of("target/template-command-tests.xlsx");

	private static final Path REPORTS = Path.of("target/template-command-tests-reports");

	/** Runs before the application starts, so what the tests find was made by this run. */
	@BeforeAll
	static void removeEarlierOutput() throws IOException {
		FileSystemUtils.deleteRecursively(TEMPLATE);
		FileSystemUtils.deleteRecursively(REPORTS);
	}

	@Autowired
	private TemplateCommand template;

	@Autowired
	private OnceCommand once;

	@Test
	void writesTheTemplateAndRunsNoAnalysis() {
		assertThat(this.template.getExitCode()).isEqualTo(TemplateCommand.WRITTEN);
		assertThat(this.once.getExitCode()).isEqualTo(OnceCommand.EVERY_FILE_IMPORTED);
		assertThat(TEMPLATE).isRegularFile();
		assertThat(REPORTS).doesNotExist();
	}

}
