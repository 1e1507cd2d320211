package com.skillgap.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints a step's progress after a chunk, at most once every few seconds, so a long run shows it is moving and short
 * runs stay quiet.
 */
class RunProgress implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final Duration EVERY = Duration.ofSeconds(3);

	private final Function<StepExecution, String> message;

	private final PrintStream out;

	private StepExecution step;

	private long lastPrinted;

	/** @param message what to print, from the step's counts, e.g. "import: 12,400 rows read" */
	RunProgress(Function<StepExecution, String> message, PrintStream out) {
		this.message = message;
		this.out = out;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.step = stepExecution;
		this.lastPrinted = System.nanoTime();
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		long now = System.nanoTime();
		if (this.step != null && now - this.lastPrinted >= EVERY.toNanos()) {
			this.lastPrinted = now;
			this.out.println(this.message.apply(this.step));
		}
	}

}
