package com.skillgap.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * Writes each team's PDF and workbook into the reports folder, each moved into place when complete. The files of a
 * chunk's teams are written at once on {@code reportThreads}, one per core, so every core works; the chunk is done
 * when all of them are in place, or fails with the first failure.
 */
class TeamReportFilesWriter implements ItemWriter<TeamReportContent> {

	private final ReportFolder folder;

	private final TeamReportPdf pdf;

	private final TeamReportWorkbook workbook;

	private final ExecutorService reportThreads;

	TeamReportFilesWriter(ReportFolder folder, TeamReportPdf pdf, TeamReportWorkbook workbook,
			ExecutorService reportThreads) {
		this.folder = folder;
		this.pdf = pdf;
		this.workbook = workbook;
		this.reportThreads = reportThreads;
	}

	@Override
	public void write(Chunk<? extends TeamReportContent> chunk) throws IOException {
		List<Future<Void>> written = new ArrayList<>();
		for (TeamReportContent content : chunk) {
			String quarter = content.quarter();
			String teamId = content.analysis().team().id();
			written.add(this.reportThreads.submit(() -> {
				this.folder.writeAtomically(this.folder.teamPdf(quarter, teamId), quarter,
						out -> this.pdf.write(content, out));
				return null;
			}));
			written.add(this.reportThreads.submit(() -> {
				this.folder.writeAtomically(this.folder.teamWorkbook(quarter, teamId), quarter,
						out -> this.workbook.write(content, out));
				return null;
			}));
		}
		IOException firstFailure = null;
		RuntimeException firstError = null;
		for (Future<Void> file : written) {
			try {
				await(file);
			}
			catch (IOException ex) {
				firstFailure = (firstFailure == null) ? ex : firstFailure;
			}
			catch (RuntimeException ex) {
				firstError = (firstError == null) ? ex : firstError;
			}
		}
		if (firstError != null) {
			throw firstError;
		}
		if (firstFailure != null) {
			throw firstFailure;
		}
	}

	private static void await(Future<Void> written) throws IOException {
		try {
			written.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the reports were written", ex);
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
