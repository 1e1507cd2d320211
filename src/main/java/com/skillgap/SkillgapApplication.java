package com.skillgap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Skillgap: team skill spreadsheets in, gap reports against the Cloud Engineer and DevOps Engineer
 * responsibility matrices out.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SkillgapApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(SkillgapApplication.class, args)));
	}

}
