package com.skillgap.batch;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.skillgap.analysis.ScoringRules;
import com.skillgap.intake.IntakeLimits;

/**
 * Every setting of Skillgap, under {@code skillgap.*}. The one-shot command's options ({@code --input},
 * {@code --reports}, …) override the matching properties.
 *
 * @param input files or folders to analyse
 * @param reports where reports are written
 * @param quarter label of the run, e.g. {@code 2026-Q4}; the current calendar quarter when absent
 * @param team team for files without a team column; the file name when absent
 * @param matrix a custom matrix file replacing the default one
 * @param template when set, the blank input template is written to this {@code .xlsx} file and nothing else is done
 * @param hybridThreshold fit both roles must reach for a hybrid
 * @param coverage when a responsibility counts as covered
 * @param intake limits on each input file
 * @param mail mailing each team's report to its managers
 * @param teams settings per team id, e.g. {@code skillgap.teams.platform-team.managers}
 * @param schedule when the service runs each quarter's analysis by itself
 */
@ConfigurationProperties("skillgap")
public record SkillgapProperties(@DefaultValue("input") List<String> input, @DefaultValue("reports") String reports,
		String quarter, String team, String matrix, String template, @DefaultValue("80") BigDecimal hybridThreshold,
		@DefaultValue Coverage coverage, @DefaultValue Intake intake, @DefaultValue Mail mail,
		Map<String, TeamSettings> teams, @DefaultValue Schedule schedule) {

	public SkillgapProperties {
		teams = (teams == null) ? Map.of() : Map.copyOf(teams);
	}

	/**
	 * @param enabled whether a run mails each team's PDF to its managers ({@code --mail=false} skips it)
	 * @param from the sender's address
	 * @param attachXlsx whether the workbook is attached beside the PDF
	 * @param attempts how many times a message is tried before it is left failed
	 * @param retryDelay the wait before the second attempt; it doubles before each further one
	 */
	public record Mail(@DefaultValue("true") boolean enabled, @DefaultValue("skillgap@localhost") String from,
			@DefaultValue("false") boolean attachXlsx, @DefaultValue("3") int attempts,
			@DefaultValue("1s") Duration retryDelay) {
	}

	/**
	 * @param cron when the quarterly run starts (seconds first, as Spring reads it): by default at 06:00 on the first
	 * day of each quarter
	 * @param zone the time zone the cron expression is read in, blank for the machine's
	 */
	public record Schedule(@DefaultValue("0 0 6 1 1,4,7,10 *") String cron, String zone) {

		public ZoneId zoneId() {
			return (this.zone == null || this.zone.isBlank()) ? ZoneId.systemDefault() : ZoneId.of(this.zone.strip());
		}

	}

	/** @param managers the team's managers' emails, mailed beside those the sheets and uploads name */
	public record TeamSettings(List<String> managers) {

		public TeamSettings {
			managers = (managers == null) ? List.of() : List.copyOf(managers);
		}

	}

	/** The managers configured for a team, none when the team is not configured. */
	public List<String> configuredManagers(String teamId) {
		TeamSettings settings = this.teams.get(teamId);
		return (settings == null) ? List.of() : settings.managers();
	}

	/**
	 * @param level level from which a member is a practitioner
	 * @param target practitioners needed for "covered"
	 */
	public record Coverage(@DefaultValue("3") int level, @DefaultValue("2") int target) {
	}

	/**
	 * @param maxFileSize largest file accepted
	 * @param maxRows most data rows in one file
	 * @param maxColumns most columns in one file
	 * @param maxCellLength most characters in one cell
	 * @param maxPartSize largest unpacked part (a sheet, the shared text) of an {@code .xlsx} workbook
	 * @param minInflateRatio smallest packed-to-unpacked size ratio of a workbook part; below it the file is taken
	 * for a zip bomb
	 * @param maxParts most parts in one {@code .xlsx} workbook
	 * @param maxSharedText most characters of shared text in one {@code .xlsx} workbook (each string counts 16 more)
	 * @param maxXlsFileSize largest {@code .xls} file accepted (the format is read whole)
	 */
	public record Intake(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("1000000") int maxRows,
			@DefaultValue("500") int maxColumns, @DefaultValue("32767") int maxCellLength,
			@DefaultValue("1GB") DataSize maxPartSize, @DefaultValue("0.01") double minInflateRatio,
			@DefaultValue("1000") int maxParts, @DefaultValue("32000000") long maxSharedText,
			@DefaultValue("4MB") DataSize maxXlsFileSize) {
	}

	public ScoringRules scoringRules() {
		return new ScoringRules(this.hybridThreshold, this.coverage.level(), this.coverage.target());
	}

	public IntakeLimits intakeLimits() {
		return new IntakeLimits(this.intake.maxFileSize().toBytes(), this.intake.maxRows(), this.intake.maxColumns(),
				this.intake.maxCellLength(), this.intake.maxPartSize().toBytes(), this.intake.minInflateRatio(),
				this.intake.maxParts(), this.intake.maxSharedText(), this.intake.maxXlsFileSize().toBytes());
	}

}
