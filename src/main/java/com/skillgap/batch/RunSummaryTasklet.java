package com.skillgap.batch;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.OrgRollup;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.report.OrgRollupWorkbook;
import com.skillgap.report.ReportFolder;
import com.skillgap.report.RunSummary;
import com.skillgap.report.RunSummary.FileEntry;
import com.skillgap.report.RunSummary.IssueEntry;
import com.skillgap.report.RunSummary.ReportPaths;
import com.skillgap.report.RunSummary.TeamEntry;
import com.skillgap.report.RunSummaryMapping;
import com.skillgap.report.RunSummaryWriter;
import com.skillgap.store.FileRecord;
import com.skillgap.store.IntakeStaging;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.TeamQuarter;

/** Writes {@code <quarter>/run-summary.json} from what the run stored, and tidies the temporary folder. */
class RunSummaryTasklet implements Tasklet {

	private final IntakeStaging staging;

	private final QuarterHistory history;

	private final QuarterTrends trends;

	private final Matrix matrix;

	private final GapAnalysis analysis;

	private final ReportFolder folder;

	private final long runId;

	private final String quarter;

	private final Instant startedAt;

	RunSummaryTasklet(IntakeStaging staging, QuarterHistory history, QuarterTrends trends, Matrix matrix,
			GapAnalysis analysis, ReportFolder folder, long runId, String quarter, Instant startedAt) {
		this.staging = staging;
		this.history = history;
		this.trends = trends;
		this.matrix = matrix;
		this.analysis = analysis;
		this.folder = folder;
		this.runId = runId;
		this.quarter = quarter;
		this.startedAt = startedAt;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		String quarter = this.quarter;
		List<FileEntry> files = this.staging.files(this.runId).stream().map(RunSummaryTasklet::file).toList();
		List<IssueEntry> issues = this.staging.issues(this.runId).stream().map(RunSummaryMapping::issue).toList();
		OrgRollup rollup = new OrgRollup(this.matrix);
		this.folder.writeAtomically(this.folder.runSummary(quarter), quarter, out -> {
			try (RunSummaryWriter summary = new RunSummaryWriter(out, quarter, startedAt(this.startedAt),
					new RunSummary.MatrixRef(this.matrix.id(), this.matrix.version()), "COMPLETED", files, issues)) {
				for (String teamId : this.staging.teamIds(this.runId)) {
					TeamQuarter stored = this.history.find(teamId, quarter).orElseThrow();
					TeamAnalysis analysed = this.analysis.analyse(stored.team());
					rollup.add(analysed);
					summary.team(team(stored, analysed));
				}
				summary.finish(RunSummaryMapping.org(rollup));
			}
		});
		this.folder.writeAtomically(this.folder.orgRollup(quarter), quarter,
				out -> new OrgRollupWorkbook().write(quarter, rollup, out));
		this.folder.tidy(quarter);
		return RepeatStatus.FINISHED;
	}

	private TeamEntry team(TeamQuarter stored, TeamAnalysis analysed) {
		String teamId = stored.team().id();
		Optional<QuarterComparison> comparison = this.trends.compare(stored, analysed);
		return RunSummaryMapping.team(analysed,
				new ReportPaths(this.folder.relative(this.folder.teamPdf(this.quarter, teamId)),
						this.folder.relative(this.folder.teamWorkbook(this.quarter, teamId))),
				comparison.map(QuarterComparison::trend).orElse(null),
				comparison.filter(QuarterComparison::matrixChanged)
					.map(changed -> new RunSummary.MatrixRef(changed.previous().matrixId(),
							changed.previous().matrixVersion()))
					.orElse(null),
				comparison.map(QuarterComparison::comparedResponsibilities).orElse(null));
	}

	private static String startedAt(Instant startedAt) {
		return startedAt.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static FileEntry file(FileRecord file) {
		return file.imported()
				? new FileEntry(file.path(), "imported", file.rowsRead(), file.rowsImported(), file.rowsRejected(), null)
				: new FileEntry(file.path(), "rejected", null, null, null, file.reason());
	}

}
