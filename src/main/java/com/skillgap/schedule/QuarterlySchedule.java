package com.skillgap.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.skillgap.RunsAsService;

/**
 * Starts the quarterly run when the cron expression fires, and at start-up catches up the latest firing if it was
 * missed (the service was down then). Both only start the run; whether it already ran is the job repository's to
 * say ({@link QuarterlyRuns}), so no firing runs twice.
 */
@RunsAsService
@Component
public class QuarterlySchedule {

	/** A timer may wake a moment early: the firing it woke for still counts as due. */
	private static final Duration EARLY = Duration.ofSeconds(2);

	private static final Logger logger = LoggerFactory.getLogger(QuarterlySchedule.class);

	private final QuarterlyCron cron;

	private final QuarterlyRuns runs;

	private final TaskExecutor threads;

	private final Clock clock;

	QuarterlySchedule(QuarterlyCron cron, QuarterlyRuns runs,
			@Qualifier(ScheduleConfiguration.QUARTERLY_RUNS) TaskExecutor threads, Clock clock) {
		this.cron = cron;
		this.runs = runs;
		this.threads = threads;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUpInTheBackground() {
		this.cron.next(this.clock.instant())
			.ifPresent(next -> logger.info("Quarterly runs: {} in {}; next at {} for {}", this.cron.expression(),
					this.cron.zone(), next.at(), next.quarter()));
		this.threads.execute(this::runDue);
	}

	@Scheduled(cron = "${skillgap.schedule.cron:0 0 6 1 1,4,7,10 *}", zone = "${skillgap.schedule.zone:}")
	void fire() {
		this.threads.execute(this::runDue);
	}

	/** Runs the latest firing's quarter unless it ran already; what it did. */
	public Optional<QuarterlyRuns.Outcome> runDue() {
		Instant now = this.clock.instant();
		return this.cron.latest(now.plus(EARLY)).map(firing -> this.runs.runScheduled(firing, now));
	}

}
