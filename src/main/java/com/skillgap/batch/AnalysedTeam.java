package com.skillgap.batch;

import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.store.TeamQuarter;

/** A team's quarter with its analysis, on its way into history. */
record AnalysedTeam(TeamQuarter quarter, TeamAnalysis analysis) {
}
