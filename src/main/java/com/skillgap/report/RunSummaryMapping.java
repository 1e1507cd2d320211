package com.skillgap.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillgap.analysis.Gap;
import com.skillgap.analysis.LearningStep;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.NextHire;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.intake.DataIssue;
import com.skillgap.matrix.Responsibility;
import com.skillgap.report.RunSummary.CoverageItem;
import com.skillgap.report.RunSummary.GapEntry;
import com.skillgap.report.RunSummary.IssueEntry;
import com.skillgap.report.RunSummary.LearningStepEntry;
import com.skillgap.report.RunSummary.MemberEntry;
import com.skillgap.report.RunSummary.NextHireEntry;
import com.skillgap.report.RunSummary.ReportPaths;
import com.skillgap.report.RunSummary.TeamEntry;

/** Turns analysis results into the entries of {@code run-summary.json}, rounding every number once, half-up. */
public final class RunSummaryMapping {

	private RunSummaryMapping() {
	}

	public static IssueEntry issue(DataIssue issue) {
		return new IssueEntry(issue.severity().code(), issue.file(), issue.sheet(), issue.cell(), issue.row(),
				issue.message());
	}

	public static TeamEntry team(TeamAnalysis analysis, ReportPaths reports) {
		Map<String, BigDecimal> averageFit = new LinkedHashMap<>();
		analysis.averageFit().forEach((role, fit) -> averageFit.put(role, fit.rounded()));
		List<CoverageItem> coverage = analysis.coverage()
			.stream()
			.map(entry -> new CoverageItem(entry.responsibility().id(), entry.practitioners(), entry.status().code()))
			.toList();
		List<MemberEntry> members = analysis.members()
			.stream()
			.map(member -> member(member, analysis.learningPlan(member)))
			.toList();
		NextHire nextHire = analysis.nextHire();
		return new TeamEntry(analysis.team().id(), analysis.team().name(), analysis.members().size(), reports,
				averageFit, coverage, members, nextHire == null ? null
						: new NextHireEntry(nextHire.role().id(),
								nextHire.responsibilities().stream().map(Responsibility::id).toList()));
	}

	private static MemberEntry member(MemberAnalysis member, List<LearningStep> learningPlan) {
		Map<String, BigDecimal> fit = new LinkedHashMap<>();
		for (RoleFit roleFit : member.fits()) {
			fit.put(roleFit.role().id(), roleFit.fit().rounded());
		}
		return new MemberEntry(member.person().name(), member.person().email(), member.person().currentRole(),
				member.targetRole().id(), fit, member.bestFit().id(), member.hybrid(),
				member.completeness().rounded(), member.topGaps().stream().map(RunSummaryMapping::gap).toList(),
				learningPlan.stream().map(RunSummaryMapping::step).toList());
	}

	private static LearningStepEntry step(LearningStep step) {
		return new LearningStepEntry(step.gap().responsibility().id(), step.gap().actual(), step.gap().required(),
				step.suggestions(), step.mentor() == null ? null : step.mentor().name());
	}

	private static GapEntry gap(Gap gap) {
		return new GapEntry(gap.responsibility().id(), gap.required(), gap.actual(), gap.gap(), gap.priority());
	}

}
