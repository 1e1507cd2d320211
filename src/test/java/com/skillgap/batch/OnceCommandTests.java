package com.skillgap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code --once} as a user runs it: a folder with one good sheet and one unsupported file gives exit status 2, the
 * good team's reports and a summary naming the rejected file.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:once-tests;hsqldb.tx=mvcc",
		args = { "--once", "--input=src/test/resources/once", "--reports=target/once-reports", "--quarter=2026-Q1" })
class OnceCommandTests {

	@Autowired
	private OnceCommand command;

	@Test
	void exitsWithTwoWhenAFileWasRejectedAndStillWritesTheOtherTeamsReports() throws Exception {
		assertThat(this.command.getExitCode()).isEqualTo(OnceCommand.FILES_REJECTED);
		Path quarter = Path.of("target/once-reports/2026-Q1");
		assertThat(quarter.resolve("platform-team/platform-team-2026-Q1-gap-report.pdf")).isRegularFile();
		assertThat(quarter.resolve("platform-team/platform-team-2026-Q1-gap-report.xlsx")).isRegularFile();
		assertThat(Files.readString(quarter.resolve("run-summary.json")))
			.contains("\"path\" : \"src/test/resources/once/legacy.ods\"")
			.contains("OpenDocument spreadsheets are not supported: save it as .xlsx");
	}

}
