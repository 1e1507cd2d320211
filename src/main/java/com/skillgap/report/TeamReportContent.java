package com.skillgap.report;

import java.util.List;

import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.intake.DataIssue;
import com.skillgap.matrix.Matrix;

/**
 * What one team's reports show: the analysis, the quarter, the matrix it was measured against and the data issues
 * found in the files the team came from.
 */
public record TeamReportContent(String quarter, Matrix matrix, TeamAnalysis analysis, List<DataIssue> issues) {

	public TeamReportContent {
		issues = List.copyOf(issues);
	}

}
