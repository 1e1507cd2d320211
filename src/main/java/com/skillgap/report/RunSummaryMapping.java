package com.skillgap.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillgap.analysis.Fraction;
import com.skillgap.analysis.Gap;
import com.skillgap.analysis.LearningStep;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.MemberTrend;
import com.skillgap.analysis.OrgRollup;
import com.skillgap.analysis.NextHire;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.analysis.TeamTrend;
import com.skillgap.intake.DataIssue;
import com.skillgap.matrix.Responsibility;
import com.skillgap.report.RunSummary.CoverageChangeEntry;
import com.skillgap.report.RunSummary.CoverageItem;
import com.skillgap.report.RunSummary.GapEntry;
import com.skillgap.report.RunSummary.IssueEntry;
import com.skillgap.report.RunSummary.LearningStepEntry;
import com.skillgap.report.RunSummary.MemberEntry;
import com.skillgap.report.RunSummary.MemberTrendEntry;
import com.skillgap.report.RunSummary.NextHireEntry;
import com.skillgap.report.RunSummary.ReportPaths;
import com.skillgap.report.RunSummary.TeamEntry;
import com.skillgap.report.RunSummary.TrendEntry;

/** Turns analysis results into the entries of {@code run-summary.json}, rounding every number once, half-up. */
public final class RunSummaryMapping {

	private RunSummaryMapping() {
	}

	public static IssueEntry issue(DataIssue issue) {
		return new IssueEntry(issue.severity().code(), issue.file(), issue.sheet(), issue.cell(), issue.row(),
				issue.message());
	}

	public static RunSummary.OrgEntry org(OrgRollup rollup) {
		return new RunSummary.OrgEntry(rollup.teams().size(), rollup.people(), rollup.hybrids(),
				rounded(rollup.averageFit()),
				rollup.responsibilities()
					.stream()
					.map(line -> new RunSummary.OrgResponsibilityEntry(line.responsibility().id(), line.practitioners(),
							line.teamsUncovered()))
					.toList());
	}

	/**
	 * A team's entry with its trend: {@code trend} is {@code null} for a first quarter; {@code previousMatrix} and
	 * {@code comparedResponsibilities} are given only when the previous quarter used another matrix.
	 */
	public static TeamEntry team(TeamAnalysis analysis, ReportPaths reports, TeamTrend trend,
			RunSummary.MatrixRef previousMatrix, Integer comparedResponsibilities) {
		Map<String, BigDecimal> averageFit = new LinkedHashMap<>();
		analysis.averageFit().forEach((role, fit) -> averageFit.put(role, fit.rounded()));
		List<CoverageItem> coverage = analysis.coverage()
			.stream()
			.map(entry -> new CoverageItem(entry.responsibility().id(), entry.practitioners(), entry.status().code()))
			.toList();
		List<MemberEntry> members = new ArrayList<>();
		for (int i = 0; i < analysis.members().size(); i++) {
			MemberAnalysis member = analysis.members().get(i);
			members.add(member(member, analysis.learningPlan(member),
					trend == null ? null : memberTrend(trend.members().get(i))));
		}
		NextHire nextHire = analysis.nextHire();
		return new TeamEntry(analysis.team().id(), analysis.team().name(), analysis.members().size(), reports,
				averageFit, coverage, members,
				nextHire == null ? null
						: new NextHireEntry(nextHire.role().id(),
								nextHire.responsibilities().stream().map(Responsibility::id).toList()),
				trend == null ? null : trend(trend, previousMatrix, comparedResponsibilities));
	}

	private static TrendEntry trend(TeamTrend trend, RunSummary.MatrixRef previousMatrix, Integer compared) {
		return new TrendEntry(trend.previousQuarter(), rounded(trend.averageFitChange()),
				trend.coverageChanges()
					.stream()
					.map(change -> new CoverageChangeEntry(change.responsibility().id(), change.from().code(),
							change.to().code()))
					.toList(),
				trend.joined(), trend.left(), previousMatrix, compared);
	}

	private static MemberTrendEntry memberTrend(MemberTrend trend) {
		return trend == null ? null
				: new MemberTrendEntry(rounded(trend.fitChange()), ids(trend.gapsClosed()), ids(trend.newGaps()));
	}

	/** Rounded once, in the order of the matrix's roles the map was built in. */
	private static Map<String, BigDecimal> rounded(Map<String, Fraction> values) {
		Map<String, BigDecimal> rounded = new LinkedHashMap<>();
		values.forEach((key, value) -> rounded.put(key, value.rounded()));
		return rounded;
	}

	private static List<String> ids(List<Responsibility> responsibilities) {
		return responsibilities.stream().map(Responsibility::id).toList();
	}

	private static MemberEntry member(MemberAnalysis member, List<LearningStep> learningPlan,
			MemberTrendEntry trend) {
		Map<String, BigDecimal> fit = new LinkedHashMap<>();
		for (RoleFit roleFit : member.fits()) {
			fit.put(roleFit.role().id(), roleFit.fit().rounded());
		}
		return new MemberEntry(member.person().name(), member.person().email(), member.person().currentRole(),
				member.targetRole().id(), fit, member.bestFit().id(), member.hybrid(),
				member.completeness().rounded(), member.topGaps().stream().map(RunSummaryMapping::gap).toList(),
				learningPlan.stream().map(RunSummaryMapping::step).toList(), trend);
	}

	private static LearningStepEntry step(LearningStep step) {
		return new LearningStepEntry(step.gap().responsibility().id(), step.gap().actual(), step.gap().required(),
				step.suggestions(), step.mentor() == null ? null : step.mentor().name());
	}

	private static GapEntry gap(Gap gap) {
		return new GapEntry(gap.responsibility().id(), gap.required(), gap.actual(), gap.gap(), gap.priority());
	}

}
