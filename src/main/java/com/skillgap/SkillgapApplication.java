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
 * With {@code --once}, {@code --quarterly} (or {@code --template=FILE.xlsx}) it runs once without a web server and exits with the run's
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

	/**
	 * Whether one run (or the template) is asked for rather than the service: on the command line, or as the
	 * {@code skillgap.once} / {@code skillgap.template} system properties or {@code SKILLGAP_ONCE} /
	 * {@code SKILLGAP_TEMPLATE} environment variables.
	 */
	static boolean runsOnce(String[] args) {
		return Boolean.getBoolean("skillgap.once") || System.getProperty("skillgap.template") != null
				|| "true".equalsIgnoreCase(System.getenv("SKILLGAP_ONCE")) || System.getenv("SKILLGAP_TEMPLATE") != null
				|| Arrays.stream(args)
					.anyMatch(arg -> arg.equals("--once") || arg.startsWith("--once=") || arg.equals("--quarterly")
							|| arg.startsWith("--quarterly=") || arg.startsWith("--template")
							|| arg.startsWith("--skillgap.template="));
	}

}
