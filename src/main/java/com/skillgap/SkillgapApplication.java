package com.skillgap;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Skillgap: team skill spreadsheets in, gap reports against the Cloud Engineer and DevOps Engineer
 * responsibility matrices out.
 * <p>
 * With {@code --once} (or {@code --template=FILE.xlsx}) it runs once without a web server and exits with the run's
 * status; otherwise it starts the service: the web pages and the API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SkillgapApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SkillgapApplication.class);
		if (runsOnce(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

	/** Whether the command line asks for one run (or the template) rather than the service. */
	static boolean runsOnce(String[] args) {
		return Boolean.getBoolean("skillgap.once") || Arrays.stream(args)
			.anyMatch(arg -> arg.equals("--once") || arg.startsWith("--once=") || arg.startsWith("--template"));
	}

}
