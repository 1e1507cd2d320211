package com.skillgap.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Prints a step's progress after a chunk is written and committed, at most once every few seconds, so a long run
 * shows it is moving and short runs stay quiet. One listener serves every run of its step; runs going on at once
 * (uploads) are told apart by their thread, on which a step's chunks are all written. (A chunk listener would not do:
 * steps that process a chunk's items on several threads do not call it.)
 */
class RunProgress implements StepExecutionListener, ItemWriteListener<Object> {

	private static final Duration EVERY = Duration.ofSeconds(3);

	private final Duration every;

	private final Function<StepExecution, String> message;

	private final PrintStream out;

	private final ThreadLocal<StepExecution> step = new ThreadLocal<>();

	private final ThreadLocal<Long> lastPrinted = new ThreadLocal<>();

	/** @param message what to print, from the step's counts, e.g. "import: 12,400 rows read" */
	RunProgress(Function<StepExecution, String> message, PrintStream out) {
		this(message, out, EVERY);
	}

	/** @param every the least time between two lines */
	RunProgress(Function<StepExecution, String> message, PrintStream out, Duration every) {
		this.message = message;
		this.out = out;
		this.every = every;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.step.set(stepExecution);
		this.lastPrinted.set(System.nanoTime());
	}

	/** Prints once the chunk is committed, when the step's counts include it. */
	@Override
	public void afterWrite(Chunk<? extends Object> items) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					printWhenDue();
				}
			});
		}
		else {
			printWhenDue();
		}
	}

	private void printWhenDue() {
		long now = System.nanoTime();
		StepExecution current = this.step.get();
		Long last = this.lastPrinted.get();
		if (current != null && last != null && now - last >= this.every.toNanos()) {
			this.lastPrinted.set(now);
			this.out.println(this.message.apply(current));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.step.remove();
		this.lastPrinted.remove();
		return null;
	}

}
