package com.skillgap.batch;

import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.store.AnalysedTeam;
import com.skillgap.store.IntakeStaging;
import com.skillgap.store.StagedTeam;
import com.skillgap.store.TeamQuarter;

/** Analyses one team as the run imported it, ready to be stored as the team's quarter. */
class TeamAnalysisProcessor implements ItemProcessor<String, AnalysedTeam> {

	private final IntakeStaging staging;

	private final GapAnalysis analysis;

	private final Matrix matrix;

	private final String quarter;

	private final long runId;

	TeamAnalysisProcessor(IntakeStaging staging, GapAnalysis analysis, Matrix matrix, String quarter, long runId) {
		this.staging = staging;
		this.analysis = analysis;
		this.matrix = matrix;
		this.quarter = quarter;
		this.runId = runId;
	}

	@Override
	public AnalysedTeam process(String teamId) {
		StagedTeam staged = this.staging.team(this.runId, teamId);
		TeamQuarter teamQuarter = new TeamQuarter(this.quarter, staged.team(), staged.managers(), this.matrix.id(),
				this.matrix.version(), this.runId,
				this.matrix.responsibilities().stream().map(Responsibility::id).collect(Collectors.toSet()));
		return new AnalysedTeam(teamQuarter, this.analysis.analyse(staged.team()));
	}

}
