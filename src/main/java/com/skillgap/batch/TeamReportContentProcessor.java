package com.skillgap.batch;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.report.TeamReportContent;
import com.skillgap.report.TrendView;
import com.skillgap.store.IntakeStaging;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.TeamQuarter;

/** Gathers what one team's reports show: its stored quarter, analysed, and the data issues of its files. */
class TeamReportContentProcessor implements ItemProcessor<String, TeamReportContent> {

	private final IntakeStaging staging;

	private final QuarterHistory history;

	private final QuarterTrends trends;

	private final GapAnalysis analysis;

	private final Matrix matrix;

	private final String quarter;

	private final long runId;

	TeamReportContentProcessor(IntakeStaging staging, QuarterHistory history, QuarterTrends trends,
			GapAnalysis analysis, Matrix matrix, String quarter, long runId) {
		this.staging = staging;
		this.history = history;
		this.trends = trends;
		this.analysis = analysis;
		this.matrix = matrix;
		this.quarter = quarter;
		this.runId = runId;
	}

	@Override
	public TeamReportContent process(String teamId) {
		TeamQuarter stored = this.history.find(teamId, this.quarter).orElseThrow();
		TeamAnalysis analysed = this.analysis.analyse(stored.team());
		return new TeamReportContent(this.quarter, this.matrix, analysed,
				this.staging.issues(this.runId, teamId, this.staging.fileIndexes(this.runId, teamId)),
				this.trends.compare(stored, analysed).map(TeamReportContentProcessor::view).orElse(null));
	}

	private static TrendView view(QuarterComparison comparison) {
		TeamQuarter previous = comparison.previous();
		return comparison.matrixChanged()
				? new TrendView(comparison.trend(), previous.matrixId(), previous.matrixVersion(),
						comparison.comparedResponsibilities())
				: TrendView.sameMatrix(comparison.trend());
	}

}
