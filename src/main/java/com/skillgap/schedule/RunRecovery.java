package com.skillgap.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.skillgap.RunsAsService;
import com.skillgap.batch.AbandonedRuns;

/**
 * Takes up runs cut off by a dying process — this one before it was restarted, or another instance on the same
 * database — at start-up and every half minute, each restarted on a thread of its own from its last committed chunk.
 */
@RunsAsService
@Component
class RunRecovery {

	private static final Logger logger = LoggerFactory.getLogger(RunRecovery.class);

	private final AbandonedRuns abandonedRuns;

	private final SimpleAsyncTaskExecutor restarts = new SimpleAsyncTaskExecutor("run-restart-");

	RunRecovery(AbandonedRuns abandonedRuns) {
		this.abandonedRuns = abandonedRuns;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		takeUpAbandonedRuns();
	}

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
	void takeUpAbandonedRuns() {
		for (JobExecution abandoned : this.abandonedRuns.takeOver(parameters -> true)) {
			this.restarts.execute(() -> {
				try {
					this.abandonedRuns.restart(abandoned);
				}
				catch (Exception ex) {
					logger.error("Run {} could not be taken up again", abandoned.getJobInstance().getInstanceId(), ex);
				}
			});
		}
	}

}
