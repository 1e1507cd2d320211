package com.skillgap.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * The parts of {@code run-summary.json}, field for field as {@code run-summary.md} fixes them. Numbers are already
 * rounded to one decimal; {@code null} is written where the contract says {@code null}, and fields the contract calls
 * absent are left out. {@link RunSummaryWriter} writes the file from them, one team at a time: {@code quarter},
 * {@code startedAt}, {@code matrix}, {@code status}, {@code files}, {@code issues}, {@code teams}, {@code org}.
 */
public final class RunSummary {

	private RunSummary() {
	}

	/** All teams of the run together; {@code averageFit} is the mean over all people of the run. */
	public record OrgEntry(int teams, int people, long hybrids, Map<String, BigDecimal> averageFit,
			List<OrgResponsibilityEntry> responsibilities) {
	}

	/** {@code practitioners} sums the teams' practitioners; {@code teamsUncovered} counts teams where it is uncovered. */
	public record OrgResponsibilityEntry(String responsibility, long practitioners, long teamsUncovered) {
	}

	public record MatrixRef(String id, String version) {
	}

	/** An input file: counts when imported, the reason when rejected. */
	@JsonInclude(Include.NON_NULL)
	public record FileEntry(String path, String status, Integer rowsRead, Integer rowsImported, Integer rowsRejected,
			String reason) {
	}

	/** A data issue; {@code sheet} is absent for CSV files, {@code cell} when no single cell is at fault. */
	public record IssueEntry(String severity, String file, @JsonInclude(Include.NON_NULL) String sheet,
			@JsonInclude(Include.NON_NULL) String cell, @JsonInclude(Include.NON_NULL) Integer row, String message) {
	}

	/** A team; {@code nextHire} is {@code null} when no responsibility is uncovered or a single point of failure. */
	public record TeamEntry(String id, String name, int people, ReportPaths reports, Map<String, BigDecimal> averageFit,
			List<CoverageItem> coverage, List<MemberEntry> members, NextHireEntry nextHire, TrendEntry trend) {
	}

	/**
	 * A team against its previous analysed quarter ({@code null} for its first). {@code previousMatrix} and
	 * {@code comparedResponsibilities} are present only when that quarter used another matrix: then only the
	 * responsibilities both matrices share are compared.
	 */
	public record TrendEntry(String previousQuarter, Map<String, BigDecimal> averageFitChange,
			List<CoverageChangeEntry> coverageChanges, List<String> joined, List<String> left,
			@JsonInclude(Include.NON_NULL) MatrixRef previousMatrix,
			@JsonInclude(Include.NON_NULL) Integer comparedResponsibilities) {
	}

	public record CoverageChangeEntry(String responsibility, String from, String to) {
	}

	/** A member against the previous quarter ({@code null} when they were not in it). */
	public record MemberTrendEntry(Map<String, BigDecimal> fitChange, List<String> gapsClosed, List<String> newGaps) {
	}

	/** The role to hire for and the responsibilities it would cover, most critical first. */
	public record NextHireEntry(String role, List<String> responsibilities) {
	}

	/** Paths relative to the reports folder. */
	public record ReportPaths(String pdf, String xlsx) {
	}

	public record CoverageItem(String responsibility, int practitioners, String status) {
	}

	/** A member; {@code role} is the current role as written (trimmed), {@code null} when blank. */
	public record MemberEntry(String name, String email, String role, String targetRole, Map<String, BigDecimal> fit,
			String bestFit, boolean hybrid, BigDecimal completeness, List<GapEntry> topGaps,
			List<LearningStepEntry> learningPlan, MemberTrendEntry trend) {
	}

	/**
	 * One step of a learning plan, per top gap in the same order; {@code from} is {@code null} when not assessed,
	 * {@code mentor} a display name or {@code null}.
	 */
	public record LearningStepEntry(String responsibility, Integer from, int to, List<String> suggestions,
			String mentor) {
	}

	/** A top gap; {@code actual} is {@code null} when not assessed. */
	public record GapEntry(String responsibility, int required, Integer actual, int gap, int priority) {
	}

}
