package com.skillgap.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import com.skillgap.SkillgapApplication;

/**
 * One {@code --once} run of the application on one file, as the command line starts it (no web server, mail off), in
 * this JVM: its own database and reports folder, its job's and steps' durations read from Spring Batch's
 * {@link StepExecution}s, and the heap used in each step's window.
 */
final class OnceRun {

	static final List<String> STEPS = List.of("sheetsStep", "importStep", "analysisStep", "reportStep", "summaryStep",
			"mailStep");

	/** What one run measured. */
	record Result(Duration wall, Duration job, Map<String, Duration> steps, Map<String, Long> peakUsed,
			Map<String, Long> peakAfterGc, Map<String, Double> coresBusy, long jobPeakUsed, long jobPeakAfterGc, long rowsRead, long rowsRejected,
			long teams, int exitCode) {

		Duration step(String name) {
			return this.steps.getOrDefault(name, Duration.ZERO);
		}

	}

	private OnceRun() {
	}

	/**
	 * Runs the application once over {@code input} with the database and reports under {@code folder}; what it prints
	 * goes to {@code log}.
	 */
	static Result run(Path input, Path folder, HeapAndCpuSampler heap, PrintStream log) {
		String[] args = { "--once", "--input=" + input.toAbsolutePath(), "--reports=" + folder.resolve("reports"),
				"--skillgap.data=" + folder.resolve("data"), "--quarter=2026-Q4", "--mail=false",
				"--logging.level.com.skillgap=WARN" };
		PrintStream out = System.out;
		System.setOut(log);
		long started = System.nanoTime();
		ConfigurableApplicationContext context;
		try {
			SpringApplication application = new SpringApplication(SkillgapApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			context = application.run(args);
		}
		finally {
			System.setOut(out);
		}
		Duration wall = Duration.ofNanos(System.nanoTime() - started);
		JobRepository jobs = context.getBean(JobRepository.class);
		JobInstance instance = jobs.getLastJobInstance("gapAnalysisJob");
		JobExecution execution = jobs.getLastJobExecution(instance);
		Map<String, Duration> steps = new LinkedHashMap<>();
		Map<String, Long> peakUsed = new LinkedHashMap<>();
		Map<String, Long> peakAfterGc = new LinkedHashMap<>();
		Map<String, Double> coresBusy = new LinkedHashMap<>();
		long rowsRead = 0;
		long rowsRejected = 0;
		long teams = 0;
		for (String name : STEPS) {
			StepExecution step = jobs.getLastStepExecution(instance, name);
			if (step == null || step.getEndTime() == null) {
				continue;
			}
			steps.put(name, Duration.between(step.getStartTime(), step.getEndTime()));
			peakUsed.put(name, heap.peakUsed(millis(step.getStartTime()), millis(step.getEndTime())));
			peakAfterGc.put(name, heap.peakAfterGc(millis(step.getStartTime()), millis(step.getEndTime())));
			coresBusy.put(name, heap.coresBusy(millis(step.getStartTime()), millis(step.getEndTime())));
			if (name.equals("importStep")) {
				rowsRead = step.getReadCount();
				rowsRejected = step.getProcessSkipCount();
			}
			if (name.equals("reportStep")) {
				teams = step.getWriteCount();
			}
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("the run ended " + execution.getStatus() + ": " + execution.getExitStatus());
		}
		long from = millis(execution.getStartTime());
		long to = millis(execution.getEndTime());
		Result result = new Result(wall, Duration.between(execution.getStartTime(), execution.getEndTime()), steps,
				peakUsed, peakAfterGc, coresBusy, heap.peakUsed(from, to), heap.peakAfterGc(from, to), rowsRead, rowsRejected,
				teams, SpringApplication.exit(context));
		return result;
	}

	private static long millis(LocalDateTime time) {
		return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

}
