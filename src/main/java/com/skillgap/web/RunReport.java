package com.skillgap.web;

import java.time.Instant;
import java.util.List;

/**
 * Where an upload's run stands, as the run page and {@code GET /api/runs/{id}} show it.
 *
 * @param status {@code queued}, {@code running}, {@code completed} or {@code failed}
 * @param progress while running, what the run is doing, e.g. "Reading the sheet: 1,200 rows read"; else {@code null}
 * @param failure why the run failed, {@code null} otherwise
 * @param issues every data issue of the file, with its sheet, cell and row
 * @param reports the reports written, one entry per team
 */
public record RunReport(long id, String url, String status, String progress, String file, String team, String quarter,
		Instant uploadedAt, String failure, Counts files, Counts rows, List<Issue> issues, List<TeamReports> reports) {

	/** Imported and rejected. */
	public record Counts(int imported, int rejected) {
	}

	/** A data issue: {@code error} (the row or cell was not used) or {@code warning}. */
	public record Issue(String severity, String file, String sheet, String cell, Integer row, String message,
			String location) {
	}

	/** One team's reports of the run. */
	public record TeamReports(String team, String teamName, String quarter, String pdf, String xlsx) {
	}

	public boolean finished() {
		return "completed".equals(this.status) || "failed".equals(this.status);
	}

}
