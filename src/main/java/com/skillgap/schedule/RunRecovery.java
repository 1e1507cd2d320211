package com.skillgap.schedule;

import java.time.Instant;

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
import com.skillgap.batch.LiveInstances;
import com.skillgap.mail.MailClaimant;
import com.skillgap.mail.MailLog;

/**
 * Takes up runs cut off by a dying process — this one before it was restarted, or another instance on the same
 * database — at start-up and every half minute, each restarted on a thread of its own from its last committed chunk;
 * and marks failed the report mails such a process left half-sent, for an admin to see and resend.
 */
@RunsAsService
@Component
class RunRecovery {

	private static final Logger logger = LoggerFactory.getLogger(RunRecovery.class);

	private final AbandonedRuns abandonedRuns;

	private final MailLog mailLog;

	private final MailClaimant claimant;

	private final SimpleAsyncTaskExecutor restarts = new SimpleAsyncTaskExecutor("run-restart-");

	RunRecovery(AbandonedRuns abandonedRuns, MailLog mailLog, LiveInstances instances) {
		this.abandonedRuns = abandonedRuns;
		this.mailLog = mailLog;
		this.claimant = new MailClaimant(instances.self(), instances::isAlive);
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		takeUpAbandonedRuns();
	}

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
	void takeUpAbandonedRuns() {
		int cutOff = this.mailLog.failCutOff(this.claimant, Instant.now());
		if (cutOff > 0) {
			logger.warn("{} report mails were cut off while being sent; they are marked failed, to be resent", cutOff);
		}
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
