package com.skillgap.batch;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.skillgap.report.ReportFolder;
import com.skillgap.report.TeamReportContent;
import com.skillgap.report.TeamReportPdf;
import com.skillgap.report.TeamReportWorkbook;

/**
 * Writes each team's PDF and workbook into the reports folder, each moved into place when complete. The two are
 * written at once, the workbook on a thread of {@code workbookThreads}, so both cores work; PDFs are written one at a
 * time, on the step's thread (their embedded fonts are shared).
 */
class TeamReportFilesWriter implements ItemWriter<TeamReportContent> {

	private final ReportFolder folder;

	private final TeamReportPdf pdf;

	private final TeamReportWorkbook workbook;

	private final ExecutorService workbookThreads;

	TeamReportFilesWriter(ReportFolder folder, TeamReportPdf pdf, TeamReportWorkbook workbook,
			ExecutorService workbookThreads) {
		this.folder = folder;
		this.pdf = pdf;
		this.workbook = workbook;
		this.workbookThreads = workbookThreads;
	}

	@Override
	public void write(Chunk<? extends TeamReportContent> chunk) throws IOException {
		for (TeamReportContent content : chunk) {
			String quarter = content.quarter();
			String teamId = content.analysis().team().id();
			Future<Void> workbookWritten = this.workbookThreads.submit(() -> {
				this.folder.writeAtomically(this.folder.teamWorkbook(quarter, teamId), quarter,
						out -> this.workbook.write(content, out));
				return null;
			});
			try {
				this.folder.writeAtomically(this.folder.teamPdf(quarter, teamId), quarter,
						out -> this.pdf.write(content, out));
			}
			finally {
				// the chunk is done only when both files are in place, or it fails with the first failure
				awaitWorkbook(workbookWritten);
			}
		}
	}

	private static void awaitWorkbook(Future<Void> written) throws IOException {
		try {
			written.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the workbook was written", ex);
		}
		catch (ExecutionException ex) {
			switch (ex.getCause()) {
				case IOException io -> throw io;
				case RuntimeException runtime -> throw runtime;
				case Error error -> throw error;
				default -> throw new IOException(ex.getCause());
			}
		}
	}

}
