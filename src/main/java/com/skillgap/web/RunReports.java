package com.skillgap.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import com.skillgap.batch.RunProgressText;
import com.skillgap.intake.DataIssue;
import com.skillgap.store.FileRecord;
import com.skillgap.store.IntakeStaging;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.TeamQuarter;
import com.skillgap.store.Upload;
import com.skillgap.store.UploadLog;

/** Reads where an upload's run stands: its state, counts, data issues and the reports it wrote. */
@ConditionalOnWebApplication
@Component
class RunReports {

	private final UploadLog uploads;

	private final IntakeStaging staging;

	private final QuarterHistory history;

	private final TeamAccess access;

	private final JobRepository jobRepository;

	private final String jobName;

	RunReports(UploadLog uploads, IntakeStaging staging, QuarterHistory history, TeamAccess access,
			JobRepository jobRepository, Job gapAnalysisJob) {
		this.access = access;
		this.jobRepository = jobRepository;
		this.jobName = gapAnalysisJob.getName();
		this.uploads = uploads;
		this.staging = staging;
		this.history = history;
	}

	/** The run of an upload, for one who may see it: its uploader or an admin; 404 or 403 otherwise. */
	RunReport visibleTo(Authentication user, long id) {
		Upload upload = this.uploads.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no run " + id + "."));
		if (!this.access.canSee(user, upload)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This run was started by someone else.");
		}
		return report(upload);
	}

	RunReport report(Upload upload) {
		RunReport.Counts files = new RunReport.Counts(0, 0);
		RunReport.Counts rows = new RunReport.Counts(0, 0);
		List<RunReport.Issue> issues = List.of();
		List<RunReport.TeamReports> reports = List.of();
		if (upload.jobInstanceId() != null) {
			long runId = upload.jobInstanceId();
			List<FileRecord> records = this.staging.files(runId);
			int imported = (int) records.stream().filter(FileRecord::imported).count();
			files = new RunReport.Counts(imported, records.size() - imported);
			rows = new RunReport.Counts(records.stream().mapToInt(FileRecord::rowsImported).sum(),
					records.stream().mapToInt(FileRecord::rowsRejected).sum());
			issues = new ArrayList<>();
			for (FileRecord record : records) {
				if (!record.imported()) {
					issues.add(new RunReport.Issue("error", upload.originalName(), null, null, null,
							"The file was not read: " + record.reason(), upload.originalName()));
				}
			}
			this.staging.issues(runId).stream().map(issue -> issue(issue, upload)).forEach(issues::add);
			if (Upload.COMPLETED.equals(upload.status())) {
				reports = this.staging.teamIds(runId)
					.stream()
					.map(teamId -> teamReports(teamId, upload.quarter()))
					.flatMap(Optional::stream)
					.toList();
			}
		}
		String progress = Upload.RUNNING.equals(upload.status()) ? progress(upload.id()) : null;
		return new RunReport(upload.id(), "/api/runs/" + upload.id(), upload.status(), progress,
				upload.originalName(), upload.teamName(), upload.quarter(), upload.uploadedAt(), upload.failure(), files,
				rows, issues, reports);
	}

	/** What the running job of the upload is doing, from its step executions; {@code null} before it starts. */
	private String progress(long uploadId) {
		return this.jobRepository.findRunningJobExecutions(this.jobName)
			.stream()
			.filter(execution -> Long.valueOf(uploadId)
				.equals(execution.getJobParameters().getLong(UploadService.UPLOAD_ID)))
			.findFirst()
			.flatMap(execution -> execution.getStepExecutions()
				.stream()
				.max(Comparator.comparing(StepExecution::getId)))
			.map(this::describe)
			.orElse(null);
	}

	/** The step in words, with the run's number of teams for the team steps. */
	String describe(StepExecution step) {
		int teams = step.getStepName().equals("importStep") ? 0
				: this.staging.teamIds(step.getJobExecution().getJobInstance().getInstanceId()).size();
		return RunProgressText.of(step, teams, LocalDateTime.now());
	}

	private Optional<RunReport.TeamReports> teamReports(String teamId, String quarter) {
		return this.history.find(teamId, quarter).map(TeamQuarter::team).map(team -> {
			String base = "/api/teams/" + teamId + "/reports/" + quarter;
			return new RunReport.TeamReports(teamId, team.name(), quarter, base + ".pdf", base + ".xlsx");
		});
	}

	/** The issue as the uploader knows the file: by the name they uploaded, not where it is kept. */
	private static RunReport.Issue issue(DataIssue issue, Upload upload) {
		DataIssue shown = new DataIssue(issue.severity(), upload.originalName(), issue.sheet(), issue.cell(),
				issue.row(), issue.message());
		return new RunReport.Issue(shown.severity().code(), shown.file(), shown.sheet(), shown.cell(), shown.row(),
				shown.message(), shown.location());
	}

}
