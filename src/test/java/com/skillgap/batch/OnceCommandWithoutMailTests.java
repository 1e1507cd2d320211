package com.skillgap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.skillgap.mail.MailLog;

/** {@code --once --mail=false}: the reports are written, and no message is mailed or written to the outbox. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:once-without-mail-tests;hsqldb.tx=mvcc",
		args = { "--once", "--input=src/test/resources/mail", "--reports=target/once-without-mail-reports",
				"--quarter=2026-Q1", "--mail=false" })
class OnceCommandWithoutMailTests {

	@Autowired
	private OnceCommand command;

	@Autowired
	private MailLog log;

	@Test
	void writesTheReportsButMailsNothing(CapturedOutput output) {
		assertThat(this.command.getExitCode()).isEqualTo(OnceCommand.EVERY_FILE_IMPORTED);
		Path quarter = Path.of("target/once-without-mail-reports/2026-Q1");
		assertThat(quarter.resolve("platform-team/platform-team-2026-Q1-gap-report.pdf")).isRegularFile();
		assertThat(quarter.resolve("outbox")).doesNotExist();
		assertThat(this.log.messages("2026-Q1")).isEmpty();
		assertThat(output.getOut()).contains("Mail: skipped (--mail=false)");
	}

}
