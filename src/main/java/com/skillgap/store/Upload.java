package com.skillgap.store;

import java.time.Instant;
import java.util.Set;

/**
 * A sheet uploaded through the web and the run that analyses it.
 *
 * @param id the run id the pages and the API show
 * @param storedName the generated file name under the uploads folder
 * @param originalName the client's file name, for display only: never used as a path
 * @param allowedTeams the team ids the uploader may upload for, which any run of the sheet keeps to; {@code null} for
 * an admin's upload, which may hold any team
 * @param status {@code queued}, {@code running}, {@code completed} or {@code failed}
 * @param jobInstanceId the batch job instance once the run started ({@code null} before)
 */
public record Upload(long id, String storedName, String originalName, String teamName, String managers,
		String uploadedBy, Set<String> allowedTeams, Instant uploadedAt, String quarter, String status, String failure, Long jobInstanceId,
		Long jobExecutionId) {

	public Upload {
		allowedTeams = (allowedTeams == null) ? null : Set.copyOf(allowedTeams);
	}

	public static final String QUEUED = "queued";

	public static final String RUNNING = "running";

	public static final String COMPLETED = "completed";

	public static final String FAILED = "failed";

	/**
	 * The team of the sheet's rows without a team cell: the team given with the upload, else the uploader's only
	 * team, else one named after the file.
	 */
	public String defaultTeam() {
		if (this.teamName != null) {
			return this.teamName;
		}
		if (this.allowedTeams != null && this.allowedTeams.size() == 1) {
			return this.allowedTeams.iterator().next();
		}
		int dot = this.originalName.lastIndexOf('.');
		return dot > 0 ? this.originalName.substring(0, dot) : this.originalName;
	}

	public boolean finished() {
		return COMPLETED.equals(this.status) || FAILED.equals(this.status);
	}

}
