package com.skillgap.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import com.skillgap.batch.AbandonedRuns;
import com.skillgap.batch.RunParameters;
import com.skillgap.batch.SkillgapProperties;
import com.skillgap.store.UploadLog;

/**
 * Starts quarterly runs: each team's latest uploaded sheet, analysed for a quarter, reported and mailed. The
 * schedule's run of a quarter is one job instance, identified by the quarter alone: the job repository refuses a
 * second one — started again, after downtime, or by another instance at the same moment — and restarts a failed one.
 */
@Component
public class QuarterlyRuns {

	/** The threads quarterly runs run on, one at a time, beside the upload runs. */
	public static final String THREADS = "quarterlyRunThreads";

	private static final Logger logger = LoggerFactory.getLogger(QuarterlyRuns.class);

	private final JobOperator jobOperator;

	private final Job gapAnalysisJob;

	private final UploadLog uploads;

	private final JobRepository jobRepository;

	private final AbandonedRuns abandonedRuns;

	private final SkillgapProperties properties;

	QuarterlyRuns(JobOperator jobOperator, Job gapAnalysisJob, UploadLog uploads, SkillgapProperties properties,
			JobRepository jobRepository, AbandonedRuns abandonedRuns) {
		this.jobRepository = jobRepository;
		this.abandonedRuns = abandonedRuns;
		this.jobOperator = jobOperator;
		this.gapAnalysisJob = gapAnalysisJob;
		this.uploads = uploads;
		this.properties = properties;
	}

	/** How starting a scheduled run went. */
	public enum Outcome {

		/** It ran here, to the end (completed or failed: the job repository has which). */
		RAN,

		/** The quarter's scheduled run had completed before. */
		ALREADY_DONE,

		/** The quarter's scheduled run is running, started by this or another instance. */
		RUNNING_ELSEWHERE,

		/** No sheet had been uploaded before the firing. */
		NOTHING_TO_ANALYSE

	}

	/**
	 * Runs the schedule's run of the firing's quarter, unless it ran or runs already. Waits for the run to end.
	 */
	public Outcome runScheduled(QuarterlyCron.Firing firing, Instant now) {
		if (this.uploads.latestSheets(firing.at()).isEmpty()) {
			logger.info("Quarterly run of {}: no sheet was uploaded before {}, nothing to analyse", firing.quarter(),
					firing.at());
			return Outcome.NOTHING_TO_ANALYSE;
		}
		JobParameters parameters = RunParameters.quarterly(firing.quarter(), this.properties.reports(), firing.at(),
				now, true);
		JobInstance existing = this.jobRepository.getJobInstance(this.gapAnalysisJob.getName(), parameters);
		if (existing != null) {
			return runAgain(firing, existing);
		}
		try {
			JobExecution execution = this.jobOperator.start(this.gapAnalysisJob, parameters);
			logger.info("Quarterly run of {} (run {}): {}", firing.quarter(),
					execution.getJobInstance().getInstanceId(), execution.getStatus());
			return Outcome.RAN;
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			logger.info("The quarterly run of {} was done before: nothing to do", firing.quarter());
			return Outcome.ALREADY_DONE;
		}
		catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
			// the job instance exists with a running execution, or another instance created it this very moment
			logger.info("The quarterly run of {} is running in this or another instance", firing.quarter());
			return Outcome.RUNNING_ELSEWHERE;
		}
		catch (IllegalStateException ex) {
			if (this.jobRepository.getJobInstance(this.gapAnalysisJob.getName(), parameters) != null) {
				// another instance created the job instance and is creating its first execution this very moment
				logger.info("The quarterly run of {} is being started by another instance", firing.quarter());
				return Outcome.RUNNING_ELSEWHERE;
			}
			throw ex;
		}
		catch (Exception ex) {
			logger.error("The quarterly run of {} could not start", firing.quarter(), ex);
			throw new IllegalStateException("the quarterly run of " + firing.quarter() + " could not start", ex);
		}
	}

	/**
	 * The quarter's scheduled run exists: done, running (a run cut off by a dead process is taken up by
	 * {@link RunRecovery}), or failed — then restarted from its last committed chunk, by one process only.
	 */
	private Outcome runAgain(QuarterlyCron.Firing firing, JobInstance existing) {
		JobExecution last = this.jobRepository.getLastJobExecution(existing);
		if (last == null || last.getStatus().isRunning()) {
			logger.info("The quarterly run of {} is running in this or another instance", firing.quarter());
			return Outcome.RUNNING_ELSEWHERE;
		}
		if (last.getStatus() == BatchStatus.COMPLETED) {
			logger.info("The quarterly run of {} was done before: nothing to do", firing.quarter());
			return Outcome.ALREADY_DONE;
		}
		try {
			Optional<JobExecution> restarted = this.abandonedRuns.restart(last);
			restarted.ifPresent(execution -> logger.info("Quarterly run of {} (run {}) restarted: {}",
					firing.quarter(), existing.getInstanceId(), execution.getStatus()));
			return restarted.isPresent() ? Outcome.RAN : Outcome.RUNNING_ELSEWHERE;
		}
		catch (JobRestartException ex) {
			throw new IllegalStateException("the quarterly run of " + firing.quarter() + " could not restart", ex);
		}
	}

	/**
	 * One quarterly run, as the schedule page lists it.
	 *
	 * @param scheduled whether the schedule started it, else an admin or {@code --quarterly}
	 * @param status the job's status: {@code STARTED}, {@code COMPLETED}, {@code FAILED}, ...
	 */
	public record QuarterlyRun(long runId, String quarter, boolean scheduled, String status, LocalDateTime startedAt,
			LocalDateTime endedAt) {
	}

	/** The latest quarterly runs, newest first, at most {@code limit}, among the job's latest 500 runs. */
	public List<QuarterlyRun> recent(int limit) {
		List<QuarterlyRun> runs = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(this.gapAnalysisJob.getName(), 0, 500)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null || last.getJobParameters().getString(RunParameters.SHEETS_UP_TO) == null) {
				continue;
			}
			JobParameters parameters = last.getJobParameters();
			runs.add(new QuarterlyRun(instance.getInstanceId(), parameters.getString(RunParameters.QUARTER),
					parameters.getString(RunParameters.SCHEDULE) != null, last.getStatus().name(),
					last.getStartTime(), last.getEndTime()));
			if (runs.size() == limit) {
				break;
			}
		}
		return runs;
	}

	/**
	 * Runs a quarter now, by hand (an admin's button, {@code --quarterly}): each team's latest sheet uploaded so
	 * far. A run of its own: it may repeat a quarter the schedule ran; a report mailed before is not mailed again.
	 */
	public JobExecution runNow(String quarter, Instant now) throws Exception {
		JobExecution execution = this.jobOperator.start(this.gapAnalysisJob,
				RunParameters.quarterly(quarter, this.properties.reports(), now, now, false));
		logger.info("Quarterly run of {} started by hand (run {}): {}", quarter,
				execution.getJobInstance().getInstanceId(), execution.getStatus());
		return execution;
	}

}
