package com.skillgap.report;

import org.junit.jupiter.api.Test;
import org.jfree.data.category.CategoryDataset;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the charts plot, against the analysis they are drawn from: every value as the tables show it, rounded
 * half-up to one decimal, and a missing figure as no value rather than 0.
 */
class ReportChartsTests {

	private static final TeamReportContent CONTENT = TeamReportFixtures.platformTeam();

	private static final TeamAnalysis ANALYSIS = CONTENT.analysis();

	private static final Matrix MATRIX = CONTENT.matrix();

	@Test
	void theLevelChartPlotsTheRoundedTeamLevelAndEachRolesRequiredLevelPerResponsibilityInMatrixOrder() {
		CategoryDataset data = new LevelChart(MATRIX, ANALYSIS.coverage()).dataset();

		assertThat(data.getRowKeys()).containsExactly(LevelChart.TEAM_LEVEL, "Required by Cloud Engineer",
				"Required by DevOps Engineer");
		assertThat(data.getColumnKeys()).extracting(Object::toString)
			.containsExactlyElementsOf(MATRIX.responsibilities().stream().map(r -> r.name()).toList());
		for (int column = 0; column < ANALYSIS.coverage().size(); column++) {
			CoverageEntry entry = ANALYSIS.coverage().get(column);
			assertThat(data.getValue(0, column)).as(entry.responsibility().id())
				.isEqualTo(entry.teamLevel() == null ? null : entry.teamLevel().rounded());
			for (int role = 0; role < MATRIX.roles().size(); role++) {
				int required = entry.responsibility().requiredBy(MATRIX.roles().get(role).id());
				assertThat(data.getValue(role + 1, column)).as(entry.responsibility().id() + " role " + role)
					.isEqualTo(required > 0 ? required : null);
			}
		}
	}

	@Test
	void aResponsibilityNobodyAssessedHasNoTeamLevelNotZero() {
		CategoryDataset data = new LevelChart(MATRIX, ANALYSIS.coverage()).dataset();
		int column = indexOf("managed-vs-self-managed");

		assertThat(ANALYSIS.coverage().get(column).teamLevel()).isNull();
		assertThat(data.getValue(0, column)).isNull();
		assertThat(data.getValue(1, column)).isEqualTo(3);
	}

	@Test
	void theLevelChartOfTheDefaultMatrixFitsOnOnePortraitPage() {
		LevelChart chart = new LevelChart(MATRIX, ANALYSIS.coverage());

		assertThat(chart.height()).isLessThanOrEqualTo(LevelChart.MAXIMUM_HEIGHT);
		assertThat(new LevelChart(MATRIX, ANALYSIS.coverage().subList(0, 5)).height())
			.as("a small matrix gets a small chart")
			.isLessThan(LevelChart.MAXIMUM_HEIGHT / 2);
	}

	private static int indexOf(String responsibilityId) {
		for (int i = 0; i < ANALYSIS.coverage().size(); i++) {
			if (ANALYSIS.coverage().get(i).responsibility().id().equals(responsibilityId)) {
				return i;
			}
		}
		throw new AssertionError("no responsibility " + responsibilityId);
	}

}
