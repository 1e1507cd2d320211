package com.skillgap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code --once} with no SMTP server: the closing summary counts the messages written to the outbox. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:once-mail-tests;hsqldb.tx=mvcc",
		args = { "--once", "--input=src/test/resources/mail", "--reports=target/once-mail-reports",
				"--quarter=2026-Q1" })
class OnceCommandMailTests {

	@Autowired
	private OnceCommand command;

	@Test
	void endsTheSummaryWithHowTheMessagesWent(CapturedOutput output) {
		assertThat(this.command.getExitCode()).isEqualTo(OnceCommand.EVERY_FILE_IMPORTED);
		assertThat(output.getOut().strip().lines().reduce((first, second) -> second).orElseThrow())
			.isEqualTo("Mail: 0 sent, 3 written to the outbox (target/once-mail-reports/2026-Q1/outbox), 0 failed");
	}

}
