package com.skillgap.batch;

import java.io.IOException;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.skillgap.report.ReportFolder;
import com.skillgap.report.TeamReportContent;
import com.skillgap.report.TeamReportPdf;
import com.skillgap.report.TeamReportWorkbook;

/** Writes each team's PDF and workbook into the reports folder, each moved into place when complete. */
class TeamReportFilesWriter implements ItemWriter<TeamReportContent> {

	private final ReportFolder folder;

	private final TeamReportPdf pdf;

	private final TeamReportWorkbook workbook;

	TeamReportFilesWriter(ReportFolder folder, TeamReportPdf pdf, TeamReportWorkbook workbook) {
		this.folder = folder;
		this.pdf = pdf;
		this.workbook = workbook;
	}

	@Override
	public void write(Chunk<? extends TeamReportContent> chunk) throws IOException {
		for (TeamReportContent content : chunk) {
			String quarter = content.quarter();
			String teamId = content.analysis().team().id();
			this.folder.writeAtomically(this.folder.teamPdf(quarter, teamId), quarter,
					out -> this.pdf.write(content, out));
			this.folder.writeAtomically(this.folder.teamWorkbook(quarter, teamId), quarter,
					out -> this.workbook.write(content, out));
		}
	}

}
