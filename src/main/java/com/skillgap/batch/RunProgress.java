package com.skillgap.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints a step's progress after a chunk, at most once every few seconds, so a long run shows it is moving and short
 * runs stay quiet. One listener serves every run of its step; runs going on at once (uploads) are told apart by their
 * thread, on which a step's chunks all run.
 */
class RunProgress implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final Duration EVERY = Duration.ofSeconds(3);

	private final Function<StepExecution, String> message;

	private final PrintStream out;

	private final ThreadLocal<StepExecution> step = new ThreadLocal<>();

	private final ThreadLocal<Long> lastPrinted = new ThreadLocal<>();

	/** @param message what to print, from the step's counts, e.g. "import: 12,400 rows read" */
	RunProgress(Function<StepExecution, String> message, PrintStream out) {
		this.message = message;
		this.out = out;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.step.set(stepExecution);
		this.lastPrinted.set(System.nanoTime());
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		long now = System.nanoTime();
		StepExecution current = this.step.get();
		Long last = this.lastPrinted.get();
		if (current != null && last != null && now - last >= EVERY.toNanos()) {
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
