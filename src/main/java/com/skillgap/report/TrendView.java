package com.skillgap.report;

import com.skillgap.analysis.TeamTrend;

/**
 * A team's trend as the reports show it.
 *
 * @param scope {@code null} when both quarters used the same matrix, else a sentence saying which responsibilities
 * were compared
 */
public record TrendView(TeamTrend trend, String scope) {
}
