package com.skillgap.batch;

import com.skillgap.analysis.TeamTrend;
import com.skillgap.store.TeamQuarter;

/**
 * A team's quarter compared with its previous analysed one.
 *
 * @param previous the quarter compared with, as kept in history
 * @param comparedResponsibilities how many responsibilities the comparison covers when the two quarters were analysed
 * with different matrices (only those both share count); {@code null} when the matrix is the same
 */
record QuarterComparison(TeamTrend trend, TeamQuarter previous, Integer comparedResponsibilities) {

	boolean matrixChanged() {
		return this.comparedResponsibilities != null;
	}

}
