package com.skillgap.batch;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.skillgap.analysis.GapAnalysis;
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
		return new TeamReportContent(this.quarter, this.matrix, this.analysis.analyse(stored.team()),
				this.staging.issues(this.runId, this.staging.fileIndexes(this.runId, teamId)),
				this.trends.compare(stored).map(this::view).orElse(null));
	}

	private TrendView view(QuarterComparison comparison) {
		if (!comparison.matrixChanged()) {
			return new TrendView(comparison.trend(), null);
		}
		TeamQuarter previous = comparison.previous();
		String then = previous.quarter() + " used matrix " + previous.matrixId() + " " + previous.matrixVersion();
		String now = this.matrix.id() + " " + this.matrix.version();
		if (comparison.comparedResponsibilities() == 0) {
			return new TrendView(comparison.trend(), then + ", which shares no responsibility with " + now
					+ ": only who joined and who left is compared.");
		}
		return new TrendView(comparison.trend(), then + "; only the " + comparison.comparedResponsibilities()
				+ " responsibilities it shares with " + now + " are compared, both quarters scored again over them"
				+ " (roles compared: " + String.join(", ", comparison.trend().averageFitChange().keySet()) + ").");
	}

}
