package com.skillgap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code BENCHMARKS.md}: the machine, the JDK, the command, a table per file size and the targets. */
final class BenchmarkReport {

	private final Instant started;

	private final String command;

	private final List<Integer> sizes;

	private final List<SizeMeasurement> measured = new ArrayList<>();

	BenchmarkReport(Instant started, String command, List<Integer> sizes) {
		this.started = started;
		this.command = command;
		this.sizes = sizes;
	}

	/** Adds what was measured on a size, or replaces what was measured on it so far. */
	void put(SizeMeasurement size) {
		this.measured.removeIf(earlier -> earlier.people() == size.people());
		this.measured.add(size);
	}

	/** Starts the part of BENCHMARKS.md written by hand. */
	static final String HAND_WRITTEN = "<!-- Written by hand from here on: kept when the benchmark runs again. -->";

	void write(Path file) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmarks\n\n");
		md.append("Measured by `com.skillgap.bench.Benchmark` (test sources), in one JVM with `-Xmx512m`, on synthetic "
				+ "organisations from `com.skillgap.bench.SyntheticOrg` (seed " + SyntheticOrg.DEFAULT_SEED
				+ ", teams of 5–15, about 5% of ratings not assessed, about one of each data error per 1,000 rows).\n\n");
		md.append("- Date: ").append(DateTimeFormatter.ISO_INSTANT.format(this.started)).append(" (started), ")
			.append(DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC).withNano(0).toInstant()))
			.append(" (written)\n");
		md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
			.append(procLine("/proc/cpuinfo", "model name").orElse("CPU model unknown")).append("), ")
			.append(memory()).append(" RAM, ")
			.append(osName()).append('\n');
		md.append("- JDK: ").append(System.getProperty("java.version")).append(" (")
			.append(System.getProperty("java.vendor")).append(", ").append(System.getProperty("java.vm.name"))
			.append("), max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB (")
			.append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
				.filter(arg -> arg.startsWith("-X")).toList()))
			.append("), GC ").append(String.join(" + ", HeapAndCpuSampler.gcNames())).append('\n');
		md.append("- Command: `").append(this.command).append("`\n\n");
		md.append("How each figure is taken: **floor** = the `.xlsx` parsed with POI's event API (`XSSFReader`, SAX, "
				+ "`XSSFSheetXMLHandler`) visiting every cell and doing nothing else. The other stages are one "
				+ "`--once` run of the application in the same JVM (`--mail=false`, its own HSQLDB file database and "
				+ "reports folder per run, default limits), each stage's time read from Spring Batch's step executions: "
				+ "**intake** = importStep (parse, validate, store), **analysis** = analysisStep, **reports** = "
				+ "reportStep + summaryStep (PDF and workbook per team, `run-summary.json` and the org roll-up), "
				+ "**whole run** = the job from its first step to its last; *incl. start-up* adds starting and "
				+ "closing the Spring context. Times are medians of the measured iterations (warm-up left out). "
				+ "Peak heap = the most heap used, sampled every 10 ms, over the measured iterations; *after GC* = the "
				+ "most heap left after a garbage collection (the live set). *Cores busy* = process CPU time / wall "
				+ "time in the stage.\n\n");
		for (SizeMeasurement size : this.measured) {
			table(md, size);
		}
		for (int people : this.sizes) {
			if (this.measured.stream().noneMatch(size -> size.people() == people)) {
				md.append("## ").append(String.format(Locale.ROOT, "%,d", people))
					.append(" people\n\nNot measured (yet): the benchmark had not finished this size when this file "
							+ "was written.\n\n");
			}
		}
		targets(md);
		md.append(handWritten(file));
		Files.writeString(file, md, StandardCharsets.UTF_8);
	}

	/** What follows {@link #HAND_WRITTEN} in the file: notes and profiles, kept when the figures are measured again. */
	private static String handWritten(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return "";
		}
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int at = text.indexOf(HAND_WRITTEN);
		return (at < 0) ? "" : text.substring(at);
	}

	private static void table(StringBuilder md, SizeMeasurement size) {
		Duration floor = size.floorMedian();
		md.append(String.format(Locale.ROOT, "## %,d people%n%n", size.people()));
		md.append(String.format(Locale.ROOT,
				"`org-%d.xlsx`: %,d data rows, %,d teams, %.1f MB. Floor: %d warm-up + %d measured passes; runs: %d "
						+ "warm-up + %d measured. Rows rejected by intake: %,d.%n%n",
				size.people(), size.dataRows(), size.teams(), size.fileBytes() / 1048576.0, size.floorWarmups(),
				size.floor().size(), size.warmups(), size.runs().size(),
				size.runs().isEmpty() ? 0 : size.runs().get(0).rowsRejected()));
		md.append("| stage | median time | × floor | rows/s | teams/s | peak heap | after GC | cores busy |\n");
		md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		if (size.failure() != null) {
			md.append("**A run did not complete:** ").append(size.failure()).append("\n\n");
		}
		long floorPeak = size.floorPeakUsed().stream().mapToLong(Long::longValue).max().orElse(0);
		row(md, "floor (event API)", floor, floor, size.dataRows(), 0, floorPeak, -1, -1);
		if (size.runs().isEmpty()) {
			md.append("\nThe --once runs of this size had not finished when this file was written.\n\n");
			return;
		}
		row(md, "intake (importStep)", size.intake(), floor, size.dataRows(), 0, size.maxOver(run -> peak(run, "importStep", false)),
				size.maxOver(run -> peak(run, "importStep", true)), size.medianCores("importStep"));
		row(md, "analysis (analysisStep)", size.analysis(), floor, 0, size.teams(),
				size.maxOver(run -> peak(run, "analysisStep", false)), size.maxOver(run -> peak(run, "analysisStep", true)),
				size.medianCores("analysisStep"));
		row(md, "reports (reportStep + summaryStep)", size.reports(), floor, 0, size.teams(),
				size.maxOver(run -> Math.max(peak(run, "reportStep", false), peak(run, "summaryStep", false))),
				size.maxOver(run -> Math.max(peak(run, "reportStep", true), peak(run, "summaryStep", true))),
				size.medianCores("reportStep", "summaryStep"));
		row(md, "whole --once run (job)", size.job(), floor, size.dataRows(), size.teams(),
				size.maxOver(OnceRun.Result::jobPeakUsed), size.maxOver(OnceRun.Result::jobPeakAfterGc),
				size.medianCores(OnceRun.STEPS.toArray(String[]::new)));
		row(md, "whole --once run incl. start-up", size.wall(), floor, size.dataRows(), size.teams(), -1, -1, -1);
		md.append("\nEach measured run (job; steps):\n\n");
		for (OnceRun.Result run : size.runs()) {
			md.append("- ").append(seconds(run.job())).append(" s; ");
			md.append(String.join(", ", run.steps().entrySet().stream()
				.map(step -> step.getKey() + " " + seconds(step.getValue()) + " s").toList()));
			md.append('\n');
		}
		md.append('\n');
	}

	private static long peak(OnceRun.Result run, String step, boolean afterGc) {
		return (afterGc ? run.peakAfterGc() : run.peakUsed()).getOrDefault(step, 0L);
	}

	private static void row(StringBuilder md, String stage, Duration time, Duration floor, long rows, long teams,
			long peak, long afterGc, double cores) {
		double secs = time.toNanos() / 1e9;
		md.append("| ").append(stage).append(" | ").append(seconds(time)).append(" s | ")
			.append(String.format(Locale.ROOT, "%.1f", secs / (floor.toNanos() / 1e9))).append(" | ")
			.append((rows > 0) ? String.format(Locale.ROOT, "%,.0f", rows / secs) : "").append(" | ")
			.append((teams > 0) ? String.format(Locale.ROOT, "%,.1f", teams / secs) : "").append(" | ")
			.append((peak >= 0) ? (peak >> 20) + " MB" : "").append(" | ")
			.append((afterGc > 0) ? (afterGc >> 20) + " MB" : (afterGc == 0) ? "no GC" : "").append(" | ")
			.append((cores >= 0) ? String.format(Locale.ROOT, "%.2f", cores) : "").append(" |\n");
	}

	private void targets(StringBuilder md) {
		md.append("## Targets (issue 8)\n\n| target | measured | met? |\n| --- | --- | --- |\n");
		Optional<SizeMeasurement> small = find(10_000);
		Optional<SizeMeasurement> large = find(100_000);
		large.filter(size -> !size.runs().isEmpty()).ifPresentOrElse(size -> {
			double ratio = size.intake().toNanos() / (double) size.floorMedian().toNanos();
			md.append(String.format(Locale.ROOT, "| intake of 100k ≤ 2× floor | %.1f× (%s s vs %s s) | %s |%n", ratio,
					seconds(size.intake()), seconds(size.floorMedian()), (ratio <= 2) ? "met" : "not met"));
		}, () -> md.append("| intake of 100k ≤ 2× floor | not measured | — |\n"));
		Optional<SizeMeasurement> forReports = large.filter(size -> !size.runs().isEmpty())
			.or(() -> small.filter(size -> !size.runs().isEmpty()));
		forReports.ifPresentOrElse(size -> {
			double perSecond = size.teams() / (size.reports().toNanos() / 1e9);
			double cores = size.medianCores("reportStep", "summaryStep");
			md.append(String.format(Locale.ROOT,
					"| report writing ≥ 100 teams/s using both cores | %.1f teams/s at %,d people, %.2f cores busy | %s |%n",
					perSecond, size.people(), cores, (perSecond >= 100 && cores >= 1.8) ? "met" : "not met"));
		}, () -> md.append("| report writing ≥ 100 teams/s using both cores | not measured | — |\n"));
		large.filter(size -> size.failure() != null).ifPresent(size -> md.append(
				"| 100k --once completes with -Xmx512m, flat heap | " + size.failure() + " | not met |\n"));
		large.filter(size -> !size.runs().isEmpty() && size.failure() == null).ifPresent(size -> {
			long live = size.maxOver(OnceRun.Result::jobPeakAfterGc);
			long smallLive = small.filter(s -> !s.runs().isEmpty())
				.map(s -> s.maxOver(OnceRun.Result::jobPeakAfterGc))
				.orElse(0L);
			String flat = (smallLive == 0) ? "completed: met; flat: 10k not measured"
					: (live <= smallLive * 3 / 2) ? "met (completed; after-GC peak within 1.5× of 10k's)"
							: "completed: met; flat: not met (after-GC peak over 1.5× of 10k's)";
			md.append(String.format(Locale.ROOT,
					"| 100k --once completes with -Xmx512m, flat heap | completed; peak heap %d MB, most left after GC "
							+ "%d MB (10k: %d MB) | %s |%n",
					size.maxOver(OnceRun.Result::jobPeakUsed) >> 20, live >> 20, smallLive >> 20, flat));
		});
		if (large.filter(size -> !size.runs().isEmpty() || size.failure() != null).isEmpty()) {
			md.append("| 100k --once completes with -Xmx512m, flat heap | not measured | — |\n");
		}
		if (small.filter(s -> !s.runs().isEmpty()).isPresent() && large.filter(s -> !s.runs().isEmpty()).isPresent()) {
			double ratio = large.get().job().toNanos() / (double) small.get().job().toNanos();
			md.append(String.format(Locale.ROOT, "| 100k run ≤ 11× the 10k run | %.1f× (%s s vs %s s) | %s |%n", ratio,
					seconds(large.get().job()), seconds(small.get().job()), (ratio <= 11) ? "met" : "not met"));
		}
		else {
			md.append("| 100k run ≤ 11× the 10k run | not measured | — |\n");
		}
		md.append('\n');
	}

	private Optional<SizeMeasurement> find(int people) {
		return this.measured.stream().filter(size -> size.people() == people).findFirst();
	}

	private static String seconds(Duration time) {
		return String.format(Locale.ROOT, "%.2f", time.toNanos() / 1e9);
	}

	private static Optional<String> procLine(String file, String key) {
		try (Stream<String> lines = Files.lines(Path.of(file))) {
			return lines.filter(line -> line.startsWith(key)).findFirst()
				.map(line -> line.substring(line.indexOf(':') + 1).strip());
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static String memory() {
		return procLine("/proc/meminfo", "MemTotal")
			.map(total -> String.format(Locale.ROOT, "%.1f GiB (MemTotal %s)",
					Long.parseLong(total.replace("kB", "").strip()) / 1048576.0, total))
			.orElse("memory unknown");
	}

	private static String osName() {
		try (Stream<String> lines = Files.lines(Path.of("/etc/os-release"))) {
			return lines.filter(line -> line.startsWith("PRETTY_NAME=")).findFirst()
				.map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", ""))
				.orElse(System.getProperty("os.name")) + ", " + System.getProperty("os.name") + " "
					+ System.getProperty("os.version");
		}
		catch (IOException ex) {
			return System.getProperty("os.name") + " " + System.getProperty("os.version");
		}
	}

}
