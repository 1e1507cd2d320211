package com.skillgap.report;

import java.util.List;

import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.intake.DataIssue;
import com.skillgap.matrix.Matrix;

/**
 * What one team's reports show: the analysis, the quarter, the matrix it was measured against, the data issues
 * found in the files the team came from, and the trend against the team's previous quarter ({@code null} for its
 * first).
 */
public record TeamReportContent(String quarter, Matrix matrix, TeamAnalysis analysis, List<DataIssue> issues,
		TrendView trend) {

	public TeamReportContent {
		issues = List.copyOf(issues);
	}

	/** A team's first analysed quarter: nothing to compare with. */
	public TeamReportContent(String quarter, Matrix matrix, TeamAnalysis analysis, List<DataIssue> issues) {
		this(quarter, matrix, analysis, issues, null);
	}

}
