package com.skillgap.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark, in one JVM: for each file size, the floor (POI's event API visiting every cell) and the whole
 * {@code --once} run (intake, analysis, reports, summary), each with warm-up passes left out, then
 * {@code BENCHMARKS.md}, rewritten after each size.
 * <p>
 * {@code generate --people=N [--out=DIR] [--seed=S]} writes a synthetic organisation;
 * {@code run [--sizes=10000,100000] [--warmup=1] [--iterations=3] [--warmup.100000=0] [--iterations.100000=1]
 * [--out=target/bench] [--report=BENCHMARKS.md]} measures.
 */
public final class Benchmark {

	private final Map<String, String> options;

	private Benchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || !(args[0].equals("generate") || args[0].equals("run"))) {
			System.err.println("usage: generate --people=N [--out=DIR] [--seed=S] | run [--sizes=10000,100000] "
					+ "[--warmup=1] [--iterations=3] [--iterations.100000=1] [--warmup.100000=0]");
			System.exit(64);
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i].startsWith("--") ? args[i].substring(2) : args[i];
			int equals = arg.indexOf('=');
			options.put((equals < 0) ? arg : arg.substring(0, equals), (equals < 0) ? "true" : arg.substring(equals + 1));
		}
		Benchmark benchmark = new Benchmark(options);
		if (args[0].equals("generate")) {
			benchmark.generate();
		}
		else {
			benchmark.run(String.join(" ", args));
		}
		System.exit(0);
	}

	private void generate() throws IOException {
		int people = Integer.parseInt(option("people", "10000"));
		Path out = Path.of(option("out", "target/bench"));
		long seed = Long.parseLong(option("seed", Long.toString(SyntheticOrg.DEFAULT_SEED)));
		long started = System.nanoTime();
		SyntheticOrg.withBuiltInMatrix().write(out, people, seed);
		System.out.printf("Wrote %s and %s (seed %d) in %.1f s%n", SyntheticOrg.xlsx(out, people),
				SyntheticOrg.csv(out, people), seed, (System.nanoTime() - started) / 1e9);
	}

	private void run(String arguments) throws Exception {
		Path out = Path.of(option("out", "target/bench"));
		Path report = Path.of(option("report", "BENCHMARKS.md"));
		List<Integer> sizes = Stream.of(option("sizes", "10000,100000").split(",")).map(String::strip)
			.map(Integer::parseInt).toList();
		Files.createDirectories(out);
		BenchmarkReport markdown = new BenchmarkReport(Instant.now(), "./mvnw -q -Pbenchmark test-compile exec:exec -Dbench.args=\""
				+ arguments + "\"", sizes);
		try (HeapAndCpuSampler heap = new HeapAndCpuSampler();
				PrintStream log = new PrintStream(new FileOutputStream(out.resolve("runs.log").toFile()), true,
						StandardCharsets.UTF_8)) {
			for (int people : sizes) {
				Path xlsx = SyntheticOrg.xlsx(out, people);
				if (!Files.exists(xlsx)) {
					progress("generating %s", xlsx);
					SyntheticOrg.withBuiltInMatrix().write(out, people, SyntheticOrg.DEFAULT_SEED);
				}
				markdown.put(measure(people, xlsx, out, heap, log, markdown, report));
				markdown.write(report);
				progress("wrote %s", report);
			}
		}
	}

	/** Measures one size; its floor is written to the report before the runs start, in case they take long. */
	private SizeMeasurement measure(int people, Path xlsx, Path out, HeapAndCpuSampler heap, PrintStream log,
			BenchmarkReport markdown, Path report) throws Exception {
		int warmup = Integer.parseInt(option("warmup." + people, option("warmup", "1")));
		int iterations = Integer.parseInt(option("iterations." + people, option("iterations", "3")));
		int floorWarmup = 3;
		int floorIterations = 5;
		List<Duration> floor = new ArrayList<>();
		List<Long> floorPeak = new ArrayList<>();
		long rows = 0;
		for (int i = 0; i < floorWarmup + floorIterations; i++) {
			System.gc();
			long from = System.currentTimeMillis();
			long started = System.nanoTime();
			EventApiFloor.Visit visit = EventApiFloor.parse(xlsx);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			rows = visit.rows() - 1;
			progress("%,d people: floor pass %d: %s (%,d rows, %,d cells)", people, i + 1, took, visit.rows(),
					visit.cells());
			if (i >= floorWarmup) {
				floor.add(took);
				floorPeak.add(heap.peakUsed(from, System.currentTimeMillis()));
			}
		}
		long fileBytes = Files.size(xlsx);
		markdown.put(new SizeMeasurement(people, rows, fileBytes, floor, floorPeak, List.of(), warmup, floorWarmup,
				null));
		markdown.write(report);
		List<OnceRun.Result> runs = new ArrayList<>();
		for (int i = 0; i < warmup + iterations; i++) {
			Path folder = out.resolve("runs").resolve(people + "-" + i);
			deleteTree(folder);
			System.gc();
			OnceRun.Result result;
			try {
				result = OnceRun.run(xlsx, folder, heap, log);
			}
			catch (RuntimeException | OutOfMemoryError ex) {
				progress("%,d people: run %d failed: %s", people, i + 1, ex);
				deleteTree(folder);
				return new SizeMeasurement(people, rows, fileBytes, floor, floorPeak, runs, warmup, floorWarmup,
						"run " + (i + 1) + " failed: " + ex);
			}
			progress("%,d people: run %d%s: job %s %s, peak heap %,d MB, after GC %,d MB", people, i + 1,
					(i < warmup) ? " (warm-up)" : "", result.job(), result.steps(), result.jobPeakUsed() >> 20,
					result.jobPeakAfterGc() >> 20);
			if (i >= warmup) {
				runs.add(result);
			}
			deleteTree(folder);
		}
		return new SizeMeasurement(people, rows, fileBytes, floor, floorPeak, runs, warmup, floorWarmup, null);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private static void progress(String format, Object... args) {
		System.out.printf("[bench %s] %s%n", Instant.now(), String.format(format, args));
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
