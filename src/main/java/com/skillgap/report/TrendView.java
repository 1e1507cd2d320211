package com.skillgap.report;

import java.util.Optional;
import java.util.stream.Collectors;

import com.skillgap.analysis.TeamTrend;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Role;

/**
 * A team's trend as the reports show it.
 *
 * @param previousMatrixId the matrix of the quarter compared with, when it differs from the current one, else
 * {@code null}
 * @param previousMatrixVersion its version, {@code null} when the matrix is the same
 * @param comparedResponsibilities how many responsibilities both matrices share, {@code null} when the matrix is the
 * same
 */
public record TrendView(TeamTrend trend, String previousMatrixId, String previousMatrixVersion,
		Integer comparedResponsibilities) {

	/** Both quarters analysed with the same matrix. */
	public static TrendView sameMatrix(TeamTrend trend) {
		return new TrendView(trend, null, null, null);
	}

	/** When the matrix changed, a sentence saying what was compared. */
	Optional<String> scope(Matrix current) {
		if (this.comparedResponsibilities == null) {
			return Optional.empty();
		}
		String then = this.trend.previousQuarter() + " used matrix " + this.previousMatrixId + " "
				+ this.previousMatrixVersion;
		String now = current.id() + " " + current.version();
		if (this.comparedResponsibilities == 0) {
			return Optional.of(then + ", which shares no responsibility with " + now
					+ ": only who joined and who left is compared.");
		}
		return Optional.of(then + "; only the " + this.comparedResponsibilities + " responsibilities it shares with "
				+ now + " are compared, both quarters scored again over them (roles compared: " + current.roles()
					.stream()
					.filter(role -> this.trend.averageFitChange().containsKey(role.id()))
					.map(Role::name)
					.collect(Collectors.joining(", "))
				+ ").");
	}

}
