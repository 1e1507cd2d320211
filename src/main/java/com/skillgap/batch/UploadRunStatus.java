package com.skillgap.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import com.skillgap.store.UploadLog;

/**
 * Keeps an upload's status in step with the run that analyses it — also when the run is restarted after its process
 * died, by whichever process restarts it.
 */
@Component
public class UploadRunStatus implements JobExecutionListener {

	/** What the uploader reads when the run fails for a reason of the service's own (the log has the details). */
	public static final String RUN_FAILED = "The run failed for a reason of Skillgap's own, not of the sheet: try "
			+ "again, and if it fails again tell your Skillgap admin (the service's log has the details).";

	private static final Logger logger = LoggerFactory.getLogger(UploadRunStatus.class);

	private final UploadLog uploads;

	UploadRunStatus(UploadLog uploads) {
		this.uploads = uploads;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Long uploadId = uploadId(execution);
		if (uploadId != null) {
			this.uploads.running(uploadId);
			this.uploads.started(uploadId, execution.getJobInstance().getInstanceId(), execution.getId());
		}
	}

	@Override
	public void afterJob(JobExecution execution) {
		Long uploadId = uploadId(execution);
		if (uploadId != null) {
			boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
			if (!completed) {
				logger.error("The run of upload {} failed: {}", uploadId, execution.getExitStatus().getExitDescription());
			}
			this.uploads.finished(uploadId, completed, completed ? null : RUN_FAILED);
		}
	}

	private static Long uploadId(JobExecution execution) {
		return execution.getJobParameters().getLong(RunParameters.UPLOAD_ID);
	}

}
