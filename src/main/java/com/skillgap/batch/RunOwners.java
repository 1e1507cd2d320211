package com.skillgap.batch;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which process runs each job execution: recorded as the execution begins, and taken over — by exactly one live
 * process, decided by the database — when the owner died.
 */
@Component
class RunOwners implements JobExecutionListener {

	private final JdbcTemplate jdbc;

	private final LiveInstances instances;

	RunOwners(JdbcTemplate jdbc, LiveInstances instances) {
		this.jdbc = jdbc;
		this.instances = instances;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		try {
			this.jdbc.update("INSERT INTO run_owner (job_execution_id, instance_id) VALUES (?, ?)", execution.getId(),
					this.instances.self());
		}
		catch (DuplicateKeyException ex) {
			// another process took this execution over while it was being set up: it is that process's to run
			throw new IllegalStateException("run " + execution.getJobInstance().getInstanceId()
					+ " was taken over by another process before it began", ex);
		}
	}

	/**
	 * Claims the restart of a failed execution: {@code true} for exactly one process, however many try at the same
	 * moment (the job repository alone would let two restart the same run).
	 */
	boolean claimRestart(long previousExecutionId) {
		try {
			return this.jdbc.update("INSERT INTO run_restart (previous_execution_id, instance_id) VALUES (?, ?)",
					previousExecutionId, this.instances.self()) == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<String> owner(long executionId) {
		return this.jdbc
			.queryForList("SELECT instance_id FROM run_owner WHERE job_execution_id = ?", String.class, executionId)
			.stream()
			.findFirst();
	}

	/**
	 * Makes this process the owner of an execution whose owner died; {@code false} when another process was quicker.
	 *
	 * @param deadOwner the owner seen, {@code null} when none was recorded
	 */
	boolean takeOver(long executionId, String deadOwner) {
		if (deadOwner == null) {
			try {
				return this.jdbc.update("INSERT INTO run_owner (job_execution_id, instance_id) VALUES (?, ?)",
						executionId, this.instances.self()) == 1;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		return this.jdbc.update("UPDATE run_owner SET instance_id = ? WHERE job_execution_id = ? AND instance_id = ?",
				this.instances.self(), executionId, deadOwner) == 1;
	}

}
