package com.skillgap.store;

import com.skillgap.analysis.TeamAnalysis;

/** A team's quarter with its analysis, on its way into history. */
public record AnalysedTeam(TeamQuarter quarter, TeamAnalysis analysis) {
}
