package com.skillgap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Everything measured on one file size: the floor's passes and the {@code --once} runs, warm-up left out, with
 * medians of their times and the largest heap figures seen.
 *
 * @param people people the file was generated with
 * @param dataRows rows below the header
 * @param floor the floor's measured passes
 * @param runs the measured runs
 * @param warmups how many runs were left out as warm-up
 * @param failure why a run did not complete, {@code null} when every run did
 */
record SizeMeasurement(int people, long dataRows, long fileBytes, List<Duration> floor, List<Long> floorPeakUsed,
		List<OnceRun.Result> runs, int warmups, int floorWarmups, String failure) {

	static Duration median(List<Duration> durations) {
		List<Duration> sorted = new ArrayList<>(durations);
		sorted.sort(null);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
	}

	Duration floorMedian() {
		return median(this.floor);
	}

	Duration intake() {
		return median(this.runs.stream().map(run -> run.step("importStep")).toList());
	}

	Duration analysis() {
		return median(this.runs.stream().map(run -> run.step("analysisStep")).toList());
	}

	/** The team reports and the run summary with the org roll-up. */
	Duration reports() {
		return median(this.runs.stream().map(run -> run.step("reportStep").plus(run.step("summaryStep"))).toList());
	}

	Duration job() {
		return median(this.runs.stream().map(OnceRun.Result::job).toList());
	}

	Duration wall() {
		return median(this.runs.stream().map(OnceRun.Result::wall).toList());
	}

	long teams() {
		return this.runs.isEmpty() ? 0 : this.runs.get(0).teams();
	}

	long maxOver(ToLongFunction<OnceRun.Result> figure) {
		return this.runs.stream().mapToLong(figure).max().orElse(0);
	}

	double medianCores(String... steps) {
		List<Double> values = new ArrayList<>();
		for (OnceRun.Result run : this.runs) {
			double weighted = 0;
			double total = 0;
			for (String step : steps) {
				double seconds = run.step(step).toNanos() / 1e9;
				weighted += run.coresBusy().getOrDefault(step, 0.0) * seconds;
				total += seconds;
			}
			values.add((total == 0) ? 0 : weighted / total);
		}
		values.sort(null);
		return values.isEmpty() ? 0 : values.get(values.size() / 2);
	}

}
