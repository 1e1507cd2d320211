package com.skillgap.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillgap.analysis.Gap;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.intake.DataIssue;
import com.skillgap.report.RunSummary.CoverageItem;
import com.skillgap.report.RunSummary.GapEntry;
import com.skillgap.report.RunSummary.IssueEntry;
import com.skillgap.report.RunSummary.MemberEntry;
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
		return new TeamEntry(analysis.team().id(), analysis.team().name(), analysis.members().size(), reports,
				averageFit, coverage, analysis.members().stream().map(RunSummaryMapping::member).toList());
	}

	private static MemberEntry member(MemberAnalysis member) {
		Map<String, BigDecimal> fit = new LinkedHashMap<>();
		for (RoleFit roleFit : member.fits()) {
			fit.put(roleFit.role().id(), roleFit.fit().rounded());
		}
		return new MemberEntry(member.person().name(), member.person().email(), member.person().currentRole(),
				member.targetRole().id(), fit, member.bestFit().id(), member.hybrid(),
				member.completeness().rounded(), member.topGaps().stream().map(RunSummaryMapping::gap).toList());
	}

	private static GapEntry gap(Gap gap) {
		return new GapEntry(gap.responsibility().id(), gap.required(), gap.actual(), gap.gap(), gap.priority());
	}

}
