package com.skillgap.batch;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Runs cut off by their process dying (killed, crashed, the machine switched off) — still marked running in the job
 * repository, their owner silent. Exactly one live process takes each over (the database decides), marks it failed
 * ({@link JobOperator#recover}) and restarts it: the restart goes on from the last committed chunk of the step that
 * was cut off.
 */
@Component
public class AbandonedRuns {

	private static final Logger logger = LoggerFactory.getLogger(AbandonedRuns.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final RunOwners owners;

	private final LiveInstances instances;

	AbandonedRuns(JobRepository jobRepository, JobOperator jobOperator, RunOwners owners, LiveInstances instances) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.owners = owners;
		this.instances = instances;
	}

	/**
	 * Takes over the abandoned runs the filter accepts: each is now this process's, marked failed and ready for
	 * {@link #restart}, oldest first.
	 */
	public List<JobExecution> takeOver(Predicate<JobParameters> which) {
		List<JobExecution> taken = new ArrayList<>();
		List<JobExecution> running = new ArrayList<>(
				this.jobRepository.findRunningJobExecutions(GapAnalysisJobConfiguration.JOB_NAME));
		running.sort(Comparator.comparing(JobExecution::getId));
		for (JobExecution execution : running) {
			if (!which.test(execution.getJobParameters())) {
				continue;
			}
			Optional<String> owner = this.owners.owner(execution.getId());
			if (owner.isPresent() ? this.instances.isAlive(owner.get()) : justCreated(execution)) {
				continue;
			}
			if (!this.owners.takeOver(execution.getId(), owner.orElse(null))) {
				// another live process took it first
				continue;
			}
			JobExecution whole = this.jobRepository.getJobExecution(execution.getId());
			logger.warn("Run {} was cut off in {} when its process stopped; it is taken up again",
					whole.getJobInstance().getInstanceId(), cutOffStep(whole));
			taken.add(this.jobOperator.recover(whole));
		}
		return taken;
	}

	/**
	 * Restarts a failed run — one taken over, or one that failed by itself: a new execution of the same run, from
	 * where the old one last committed. Empty when another process restarts it (only one may).
	 */
	public Optional<JobExecution> restart(JobExecution failed) throws JobRestartException {
		if (!this.owners.claimRestart(failed.getId())) {
			logger.info("Run {} is restarted by another process", failed.getJobInstance().getInstanceId());
			return Optional.empty();
		}
		JobExecution restarted = this.jobOperator.restart(failed);
		logger.info("Run {} taken up again: {}", restarted.getJobInstance().getInstanceId(), restarted.getStatus());
		return Optional.of(restarted);
	}

	/** In which step a run was cut off, for the log and the one-shot command's message. */
	public static String cutOffStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStatus() == BatchStatus.STARTED || step.getStatus() == BatchStatus.STARTING
					|| step.getStatus() == BatchStatus.STOPPING
					|| step.getExecutionContext().containsKey("batch.recovered"))
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse("its start");
	}

	/**
	 * An execution whose owner is not recorded yet may be one a live process is just setting up. On a database of
	 * this process alone, that is one created since this process started; on a shared one, one younger than the
	 * heartbeat's silence.
	 */
	private boolean justCreated(JobExecution execution) {
		LocalDateTime created = execution.getCreateTime();
		if (created == null) {
			return true;
		}
		if (this.instances.databaseOfOneProcess()) {
			return !created.isBefore(this.instances.startedAt());
		}
		return created.isAfter(LocalDateTime.now().minus(LiveInstances.SILENCE));
	}

}
