package com.skillgap.batch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress lines of a step, whether its chunks' items are processed on one thread or on several. */
class RunProgressTests {

	@ParameterizedTest(name = "items processed on several threads: {0}")
	@ValueSource(booleans = { false, true })
	void aLineCountingTheCommittedChunkIsPrintedAfterEachChunkWhenTheIntervalHasPassed(boolean concurrent) throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		ResourcelessJobRepository repository = new ResourcelessJobRepository();
		ChunkOrientedStepBuilder<Integer, Integer> builder = new StepBuilder("reportStep", repository)
			.<Integer, Integer>chunk(4)
			.transactionManager(new ResourcelessTransactionManager())
			.reader(new ListItemReader<>(IntStream.rangeClosed(1, 10).boxed().toList()))
			.processor(item -> item)
			.writer(chunk -> {
			})
			.listener(new RunProgress(step -> "Writing reports: " + step.getWriteCount() + " teams written",
					new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ZERO));
		if (concurrent) {
			builder.taskExecutor(new SimpleAsyncTaskExecutor());
		}
		Step step = builder.build();
		JobExecution job = repository.createJobExecution(repository.createJobInstance("run", new JobParameters()),
				new JobParameters(), new ExecutionContext());
		StepExecution execution = repository.createStepExecution("reportStep", job);

		step.execute(execution);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(execution.getWriteCount()).isEqualTo(10);
		List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).containsExactly("Writing reports: 4 teams written", "Writing reports: 8 teams written",
				"Writing reports: 10 teams written");
	}

}
