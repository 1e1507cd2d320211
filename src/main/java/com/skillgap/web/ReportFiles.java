package com.skillgap.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import com.skillgap.batch.QuarterLabel;
import com.skillgap.batch.SkillgapProperties;
import com.skillgap.report.ReportFolder;

/**
 * A team's report files for a quarter, found from a team id and quarter that are checked to be exactly that (a team
 * id is lower-case letters, digits and dashes; a quarter reads {@code 2026-Q4}) before any path is built from them.
 */
@ConditionalOnWebApplication
@Component
class ReportFiles {

	private static final Pattern TEAM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

	private final ReportFolder folder;

	ReportFiles(SkillgapProperties properties) {
		this.folder = new ReportFolder(Path.of(properties.reports()));
	}

	Optional<Path> pdf(String teamId, String quarter) {
		return valid(teamId, quarter) ? existing(this.folder.teamPdf(quarter, teamId)) : Optional.empty();
	}

	Optional<Path> workbook(String teamId, String quarter) {
		return valid(teamId, quarter) ? existing(this.folder.teamWorkbook(quarter, teamId)) : Optional.empty();
	}

	static boolean valid(String teamId, String quarter) {
		return teamId != null && TEAM_ID.matcher(teamId).matches() && quarter != null && QuarterLabel.isValid(quarter);
	}

	private static Optional<Path> existing(Path file) {
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

}
