package com.skillgap;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-shot run starts the application as {@code main} does for {@code --once} and {@code --template}: without a
 * web server, so nothing of the service may be needed for it to start.
 */
class OneShotRunTests {

	@Test
	void theCommandLineAsksForOneRunOrTheService() {
		assertThat(SkillgapApplication.runsOnce(new String[] { "--once" })).isTrue();
		assertThat(SkillgapApplication.runsOnce(new String[] { "--quarter=2026-Q3", "--once" })).isTrue();
		assertThat(SkillgapApplication.runsOnce(new String[] { "--template=t.xlsx" })).isTrue();
		assertThat(SkillgapApplication.runsOnce(new String[] {})).isFalse();
		assertThat(SkillgapApplication.runsOnce(new String[] { "--server.port=9090" })).isFalse();
	}

	@Test
	void startsWithoutAWebServerAndWritesTheTemplate(@TempDir Path folder) {
		Path template = folder.resolve("template.xlsx");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillgapApplication.class)
			.web(WebApplicationType.NONE)
			.run("--template=" + template, "--spring.datasource.url=jdbc:hsqldb:mem:one-shot;hsqldb.tx=mvcc")) {
			assertThat(SpringApplication.exit(context)).isZero();
		}
		assertThat(template).exists();
		assertThat(Files.isRegularFile(template)).isTrue();
	}

}
