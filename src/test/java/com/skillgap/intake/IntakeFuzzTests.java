package com.skillgap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

import com.skillgap.intake.FuzzMutations.Family;
import com.skillgap.intake.FuzzMutations.Mutant;

/**
 * Seeded fuzzing of intake. {@code input-format.md}: "a damaged or hostile file … rejected with a reason, quickly …;
 * the rest of the run goes on". Damaged copies of valid spreadsheets ({@link FuzzMutations} families) are read
 * through {@link SkillSheetReader} and {@link RowImporter} exactly as {@link IntakeFixtures} does, followed by a valid
 * CSV file, and every case must only import or report:
 * <ul>
 * <li>reading ends ({@code next()} returns {@code null}) within a number of items bounded by the files' sizes;</li>
 * <li>each file gets one outcome — imported, or rejected, or imported and then rejected when damage shows half-way,
 * as {@link FileOutcome} allows — and nothing of a file comes before its outcome or after its rejection;</li>
 * <li>no file is rejected as Skillgap's own fault (a reason starting with
 * {@link SkillSheetReader#UNEXPECTED_FAILURE}), and every rejection has a reason;</li>
 * <li>no exception but {@link RejectedRowException} leaves {@code next()}, {@code importRow()} or
 * {@code close()};</li>
 * <li>every issue names its file and has a message; every row number is at least 1; a cell address is an A1
 * address of the issue's row;</li>
 * <li>the valid file read after the damaged one is still imported.</li>
 * </ul>
 * Every case is fixed by its family, seed file and case seed, so runs are reproducible. A failure names the case
 * seed, the family and the mutation, shows the stack trace behind it, and saves the damaged file under
 * {@code target/fuzz-failures/}. System properties: {@code -Dskillgap.fuzz.case=<seed>} replays one case,
 * {@code -Dskillgap.fuzz.scale=10} runs ten times the cases, {@code -Dskillgap.fuzz.stats=true} prints per-campaign
 * counts and timings.
 */
// The timeout only turns a hang (an endless loop in the reader) into a failure naming the case in flight; it is not
// a speed requirement. A separate thread, because an endless loop would ignore the interrupt of the default mode.
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ExtendWith(IntakeFuzzTests.NameTheCaseInFlight.class)
class IntakeFuzzTests {

	/** Multiplies the number of cases of every campaign. */
	private static final int SCALE = Integer.getInteger("skillgap.fuzz.scale", 1);

	/** When set, only the case with this seed runs. */
	private static final Long ONLY = Long.getLong("skillgap.fuzz.case");

	private static final boolean STATS = Boolean.getBoolean("skillgap.fuzz.stats");

	private static final Path FAILURES = Path.of("target", "fuzz-failures");

	/** Damaged files saved per distinct failure. */
	private static final int SAVED_PER_FAILURE = 3;

	private static final Pattern ADDRESS = Pattern.compile("([A-Z]+)([1-9][0-9]*)");

	/** The case being read, for the hang guard's message. */
	private static volatile FuzzCase inFlight;

	/** The valid seed files the mutations start from. */
	enum Seed {

		RATINGS("src/test/resources/intake/ratings.xlsx"), PLATFORM_TEAM("input/platform-team.xlsx"),
		CLOUD_OPERATIONS("input/cloud-operations.xlsx"), SEMICOLON_BOM("src/test/resources/intake/semicolon-bom.csv"),
		DELIVERY_TEAM("input/delivery-team.csv");

		final Path path;

		Seed(String path) {
			this.path = Path.of(path);
		}

		String fileName() {
			return this.path.getFileName().toString();
		}

		byte[] bytes() {
			try {
				return Files.readAllBytes(this.path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public String toString() {
			return fileName();
		}

	}

	/** One damaged file: everything needed to make it again and to say what it is. */
	record FuzzCase(Family family, Seed seed, long caseSeed, Mutant mutant) {

		String describe() {
			return "seed " + this.caseSeed + ", family " + this.family + ", file " + this.seed.fileName()
					+ ", mutation: " + this.mutant.description();
		}

		String savedName() {
			return this.family + "-" + this.caseSeed + "-" + this.seed.fileName();
		}

	}

	/** Family × seed file × number of cases (before {@code skillgap.fuzz.scale}); 1,564 cases in all. */
	static Stream<Arguments> campaigns() {
		return Stream.of(arguments(Family.BYTES, Seed.RATINGS, 100), arguments(Family.BYTES, Seed.PLATFORM_TEAM, 100),
				arguments(Family.BYTES, Seed.CLOUD_OPERATIONS, 100), arguments(Family.BYTES, Seed.SEMICOLON_BOM, 100),
				arguments(Family.BYTES, Seed.DELIVERY_TEAM, 100), arguments(Family.ZIP, Seed.RATINGS, 80),
				arguments(Family.ZIP, Seed.PLATFORM_TEAM, 80), arguments(Family.ZIP, Seed.CLOUD_OPERATIONS, 80),
				arguments(Family.XML, Seed.RATINGS, 168), arguments(Family.XML, Seed.PLATFORM_TEAM, 168),
				arguments(Family.XML, Seed.CLOUD_OPERATIONS, 168), arguments(Family.CSV, Seed.SEMICOLON_BOM, 160),
				arguments(Family.CSV, Seed.DELIVERY_TEAM, 160));
	}

	/** e.g. 31000017: family 3 (XML), seed file 1 (ratings.xlsx), case 17. */
	static long caseSeed(Family family, Seed seed, int index) {
		return (family.ordinal() + 1) * 10_000_000L + (seed.ordinal() + 1) * 1_000_000L + index;
	}

	@ParameterizedTest(name = "{0} mutations of {1}")
	@MethodSource("campaigns")
	void damagedFilesAreImportedOrRejectedWithAReason(Family family, Seed seed, int cases, @TempDir Path dir)
			throws IOException {
		byte[] original = seed.bytes();
		Path file = dir.resolve(seed.fileName());
		Path control = Files.copy(Seed.SEMICOLON_BOM.path, dir.resolve("zz-next-file.csv"));
		Failures failures = new Failures(family, seed);
		Stats stats = new Stats();
		try (ReaderLog log = new ReaderLog()) {
			for (int i = 0; i < cases * SCALE; i++) {
				long caseSeed = caseSeed(family, seed, i);
				if (ONLY != null && ONLY != caseSeed) {
					continue;
				}
				Mutant mutant = FuzzMutations.mutate(family, original, caseSeed);
				FuzzCase fuzzCase = new FuzzCase(family, seed, caseSeed, mutant);
				Files.write(file, fuzzCase.mutant().bytes());
				inFlight = fuzzCase;
				long start = System.nanoTime();
				Result result = read(file, control, log);
				stats.add(fuzzCase, result, System.nanoTime() - start);
				inFlight = null;
				failures.add(fuzzCase, result.problems());
			}
		}
		finally {
			inFlight = null;
		}
		if (STATS) {
			System.out.println(family + " mutations of " + seed + ": " + stats);
		}
		assertThat(failures.groups).withFailMessage(failures::report).isEmpty();
	}

	/** The harness itself: unmutated seeds, re-zipped by {@link ZipParts}, read like the originals. */
	@Test
	void rezippedSeedsReadLikeTheOriginals(@TempDir Path dir) throws IOException {
		for (Seed seed : List.of(Seed.RATINGS, Seed.PLATFORM_TEAM, Seed.CLOUD_OPERATIONS)) {
			Path rezipped = dir.resolve(seed.fileName());
			Files.write(rezipped, ZipParts.write(ZipParts.read(seed.bytes())));
			IntakeFixtures.Outcome original = IntakeFixtures.read(null, seed.path);
			IntakeFixtures.Outcome copy = IntakeFixtures.read(null, rezipped);
			assertThat(copy.files()).as(seed.fileName())
				.singleElement()
				.satisfies(outcome -> assertThat(outcome.imported()).isTrue());
			assertThat(copy.imported()).as(seed.fileName()).hasSameSizeAs(original.imported()).isNotEmpty();
			assertThat(copy.rejected()).as(seed.fileName()).isEqualTo(original.rejected());
		}
	}

	/** The same family, seed file and case seed give the same bytes. */
	@Test
	void mutationsAreReproducible() {
		campaigns().forEach(campaign -> {
			Family family = (Family) campaign.get()[0];
			Seed seed = (Seed) campaign.get()[1];
			for (int i = 0; i < 20; i++) {
				long caseSeed = caseSeed(family, seed, i);
				Mutant first = FuzzMutations.mutate(family, seed.bytes(), caseSeed);
				Mutant again = FuzzMutations.mutate(family, seed.bytes(), caseSeed);
				assertThat(again.bytes()).as("%s %s", first.description(), caseSeed).isEqualTo(first.bytes());
				assertThat(again.description()).isEqualTo(first.description());
			}
		});
	}

	// ---------------------------------------------------------------- reading one case

	/**
	 * What reading a damaged file and the valid file after it gave.
	 *
	 * @param outcomes the damaged file's outcomes in order, e.g. {@code [imported, rejected]}
	 */
	record Result(List<Problem> problems, List<String> outcomes) {
	}

	/** A broken property; {@code cause} is the exception behind it, when there is one. */
	record Problem(String property, String detail, Throwable cause) {

		/** Same property and same exception thrown at the same place: the same bug. */
		String signature() {
			if (this.cause == null) {
				return this.property;
			}
			return this.property + ": " + this.cause.getClass().getName() + " at " + frame(this.cause, 0) + " via "
					+ firstSkillgapFrame(this.cause);
		}

	}

	private static Result read(Path damagedPath, Path controlPath, ReaderLog log) {
		InputFile damaged = new InputFile(0, damagedPath.getFileName().toString(), damagedPath);
		InputFile control = new InputFile(1, controlPath.getFileName().toString(), controlPath);
		List<InputFile> files = List.of(damaged, control);
		List<Problem> problems = new ArrayList<>();
		Map<Integer, FileState> states = new HashMap<>();
		Map<Integer, String> reasons = new HashMap<>();
		List<String> damagedOutcomes = new ArrayList<>();
		long bound = 1_000 + 8 * (size(damagedPath) + size(controlPath));
		RowImporter importer = new RowImporter(IntakeFixtures.MATRIX);
		log.clear();
		SkillSheetReader reader = new SkillSheetReader(files, IntakeFixtures.MATRIX, IntakeLimits.DEFAULT, null);
		try {
			long items = 0;
			int currentFile = 0;
			while (true) {
				IntakeItem item;
				try {
					item = reader.next();
				}
				catch (Throwable ex) {
					problems.add(new Problem("an exception escaped SkillSheetReader.next()", ex.toString(), ex));
					break;
				}
				if (item == null) {
					break;
				}
				if (++items > bound) {
					problems.add(new Problem("reading did not end within a bounded number of items",
							"still not null after " + bound + " items", null));
					break;
				}
				InputFile file = fileOf(item);
				if (file == null || file.index() < currentFile) {
					problems.add(new Problem("an item belongs to no file of the run or to an earlier file",
							String.valueOf(item), null));
					continue;
				}
				currentFile = file.index();
				FileState state = states.getOrDefault(file.index(), FileState.NO_OUTCOME);
				if (state == FileState.REJECTED) {
					problems.add(new Problem("an item follows its file's rejection", abbreviate(item.toString()),
							null));
				}
				switch (item) {
					case FileOutcome outcome -> {
						if (outcome.imported() && state != FileState.NO_OUTCOME) {
							problems.add(new Problem("a file is reported imported twice", file.displayPath(), null));
						}
						states.put(file.index(), outcome.imported() ? FileState.IMPORTED : FileState.REJECTED);
						if (file.equals(damaged)) {
							damagedOutcomes.add(outcome.imported() ? "imported" : "rejected");
						}
						if (!outcome.imported()) {
							reasons.put(file.index(), outcome.reason());
							checkReason(outcome, log, problems);
						}
					}
					case Notice notice -> {
						if (state == FileState.NO_OUTCOME) {
							problems.add(new Problem("a notice comes before its file's outcome",
									abbreviate(notice.toString()), null));
						}
						checkIssue(notice.issue(), file, problems);
					}
					case DataRow row -> {
						if (state != FileState.IMPORTED) {
							problems.add(new Problem("a data row comes before its file's outcome",
									abbreviate(row.toString()), null));
						}
						checkRowNumber(row.row().number(), "DataRow", problems);
						importRow(importer, row, problems);
					}
					case ImportedRow row -> problems.add(new Problem("the reader yielded an ImportedRow",
							abbreviate(row.toString()), null));
				}
			}
		}
		finally {
			try {
				reader.close();
			}
			catch (Throwable ex) {
				problems.add(new Problem("an exception escaped SkillSheetReader.close()", ex.toString(), ex));
			}
		}
		for (InputFile file : files) {
			if (states.getOrDefault(file.index(), FileState.NO_OUTCOME) == FileState.NO_OUTCOME) {
				problems.add(new Problem("a file got no outcome", file.displayPath(), null));
			}
		}
		if (states.get(control.index()) == FileState.REJECTED) {
			problems.add(new Problem("the valid file read after the damaged one was rejected",
					reasons.get(control.index()), null));
		}
		return new Result(problems, damagedOutcomes);
	}

	private enum FileState {

		NO_OUTCOME, IMPORTED, REJECTED

	}

	private static InputFile fileOf(IntakeItem item) {
		return switch (item) {
			case FileOutcome outcome -> outcome.file();
			case Notice notice -> notice.file();
			case DataRow row -> row.context() == null ? null : row.context().file();
			case ImportedRow row -> row.file();
		};
	}

	private static void checkReason(FileOutcome outcome, ReaderLog log, List<Problem> problems) {
		String reason = outcome.reason();
		if (reason == null || reason.isBlank()) {
			problems.add(new Problem("a file is rejected without a reason", String.valueOf(reason), null));
		}
		else if (reason.startsWith(SkillSheetReader.UNEXPECTED_FAILURE)) {
			problems.add(new Problem("the file is rejected as Skillgap's own fault", reason, log.lastError()));
		}
	}

	private static void importRow(RowImporter importer, DataRow row, List<Problem> problems) {
		InputFile file = row.context().file();
		try {
			ImportedRow imported = importer.importRow(row);
			checkRowNumber(imported.row(), "ImportedRow", problems);
			if (!file.equals(imported.file())) {
				problems.add(new Problem("an imported row names another file", imported.file().displayPath(), null));
			}
			imported.cellIssues().forEach(issue -> checkIssue(issue, file, problems));
		}
		catch (RejectedRowException ex) {
			checkIssue(ex.issue(), file, problems);
		}
		catch (Throwable ex) {
			problems.add(new Problem("an exception escaped RowImporter.importRow()", ex.toString(), ex));
		}
	}

	private static void checkIssue(DataIssue issue, InputFile file, List<Problem> problems) {
		if (issue == null) {
			problems.add(new Problem("an issue is missing", "null", null));
			return;
		}
		if (!file.displayPath().equals(issue.file())) {
			problems.add(new Problem("an issue does not name its file", issue.toString(), null));
		}
		if (issue.message() == null || issue.message().isBlank()) {
			problems.add(new Problem("an issue has no message", issue.toString(), null));
		}
		if (issue.row() != null) {
			checkRowNumber(issue.row(), "DataIssue", problems);
		}
		if (issue.cell() != null) {
			Matcher address = ADDRESS.matcher(issue.cell());
			if (!address.matches() || (issue.row() != null && !address.group(2).equals(issue.row().toString()))) {
				problems.add(new Problem("an issue's cell is not an A1 address of its row",
						"cell \"" + issue.cell() + "\", row " + issue.row() + ": " + issue.message(), null));
			}
		}
	}

	private static void checkRowNumber(int number, String where, List<Problem> problems) {
		if (number < 1) {
			problems.add(new Problem("a row number is below 1", where + " row " + number, null));
		}
	}

	private static long size(Path path) {
		try {
			return Files.size(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ---------------------------------------------------------------- failures

	/** The failures of one campaign, grouped by {@link Problem#signature()}. */
	private static final class Failures {

		private final Family family;

		private final Seed seed;

		private final Map<String, Group> groups = new LinkedHashMap<>();

		private int failedCases;

		Failures(Family family, Seed seed) {
			this.family = family;
			this.seed = seed;
		}

		void add(FuzzCase fuzzCase, List<Problem> problems) {
			if (problems.isEmpty()) {
				return;
			}
			this.failedCases++;
			for (Problem problem : problems) {
				Group group = this.groups.computeIfAbsent(problem.signature(), key -> new Group(fuzzCase, problem));
				if (!group.seeds.contains(fuzzCase.caseSeed())) {
					group.seeds.add(fuzzCase.caseSeed());
					if (group.saved.size() < SAVED_PER_FAILURE) {
						group.saved.add(save(fuzzCase));
					}
				}
			}
		}

		String report() {
			StringBuilder report = new StringBuilder();
			report.append(this.family)
				.append(" mutations of ")
				.append(this.seed)
				.append(": ")
				.append(this.failedCases)
				.append(" case(s) broke the reader's contract, ")
				.append(this.groups.size())
				.append(" distinct failure(s). Damaged files are saved under ")
				.append(FAILURES.toAbsolutePath())
				.append("; replay one case with -Dtest=IntakeFuzzTests -Dskillgap.fuzz.case=<seed>.\n");
			int number = 1;
			for (Group group : this.groups.values()) {
				report.append("\n[").append(number++).append("] ").append(group.first.property()).append(" — ")
					.append(group.seeds.size())
					.append(" case(s)\n    first: ")
					.append(group.firstCase.describe())
					.append("\n    detail: ")
					.append(abbreviate(group.first.detail()))
					.append("\n    saved: ")
					.append(group.saved.stream().map(Path::toString).collect(Collectors.joining(", ")));
				if (group.seeds.size() > 1) {
					report.append("\n    seeds: ").append(abbreviate(group.seeds.toString()));
				}
				if (group.first.cause() != null) {
					report.append("\n").append(stackTrace(group.first.cause(), "    "));
					if (group.first.cause().getStackTrace().length == 0) {
						report.append("\n    (no stack trace: the JVM stops filling them in for an exception thrown "
								+ "often at one place; replay this seed alone to see it)");
					}
				}
				report.append('\n');
			}
			return report.toString();
		}

	}

	private static final class Group {

		final FuzzCase firstCase;

		final Problem first;

		final List<Long> seeds = new ArrayList<>();

		final List<Path> saved = new ArrayList<>();

		Group(FuzzCase firstCase, Problem first) {
			this.firstCase = firstCase;
			this.first = first;
		}

	}

	private static Path save(FuzzCase fuzzCase) {
		try {
			Files.createDirectories(FAILURES);
			return Files.write(FAILURES.resolve(fuzzCase.savedName()), fuzzCase.mutant().bytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String stackTrace(Throwable throwable, String indent) {
		StringBuilder trace = new StringBuilder();
		int depth = 0;
		for (Throwable cause = throwable; cause != null && depth < 4; cause = cause.getCause(), depth++) {
			trace.append(indent)
				.append(depth == 0 ? "" : "Caused by: ")
				.append(abbreviate(cause.toString()))
				.append('\n');
			StackTraceElement[] frames = cause.getStackTrace();
			for (int i = 0; i < Math.min(frames.length, depth == 0 ? 16 : 6); i++) {
				if (frames[i].getClassName().equals(IntakeFuzzTests.class.getName())) {
					break;
				}
				trace.append(indent).append("    at ").append(frames[i]).append('\n');
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return trace.toString().stripTrailing();
	}

	private static String frame(Throwable throwable, int index) {
		StackTraceElement[] frames = throwable.getStackTrace();
		return frames.length > index ? frames[index].toString() : "?";
	}

	private static String firstSkillgapFrame(Throwable throwable) {
		return Arrays.stream(throwable.getStackTrace())
			.filter(frame -> frame.getClassName().startsWith("com.skillgap."))
			.findFirst()
			.map(StackTraceElement::toString)
			.orElse("?");
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "null";
		}
		return text.length() > 400 ? text.substring(0, 397) + "…" : text;
	}

	// ---------------------------------------------------------------- statistics, log, hang guard

	private static final class Stats {

		private int cases;

		private int imported;

		private int importedThenRejected;

		private long slowestNanos;

		private long slowestSeed;

		private long totalNanos;

		void add(FuzzCase fuzzCase, Result result, long nanos) {
			this.cases++;
			this.imported += result.outcomes().equals(List.of("imported")) ? 1 : 0;
			this.importedThenRejected += result.outcomes().equals(List.of("imported", "rejected")) ? 1 : 0;
			this.totalNanos += nanos;
			if (nanos > this.slowestNanos) {
				this.slowestNanos = nanos;
				this.slowestSeed = fuzzCase.caseSeed();
			}
		}

		@Override
		public String toString() {
			return this.cases + " cases, " + this.imported + " imported, " + (this.cases - this.imported)
					+ " rejected (" + this.importedThenRejected + " of them half-way, after being reported imported), "
					+ TimeUnit.NANOSECONDS.toMillis(this.totalNanos) + " ms reading, slowest seed "
					+ this.slowestSeed + " in " + TimeUnit.NANOSECONDS.toMillis(this.slowestNanos) + " ms";
		}

	}

	/**
	 * Catches what {@link SkillSheetReader} logs when it rejects a file as its own fault, so a failure can show the
	 * stack trace behind the reason, and keeps the expected log lines of damaged files (the reader's, POI's warnings
	 * and parse errors) off the console while a campaign runs.
	 */
	private static final class ReaderLog implements AutoCloseable {

		private final Logger logger;

		private final Logger poi;

		private final Level poiLevel;

		private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

		ReaderLog() {
			this.logger = LoggerFactory.getLogger(SkillSheetReader.class) instanceof Logger logback ? logback : null;
			this.poi = LoggerFactory.getLogger("org.apache.poi") instanceof Logger logback ? logback : null;
			this.poiLevel = this.poi == null ? null : this.poi.getLevel();
			if (this.logger != null) {
				this.appender.start();
				this.logger.addAppender(this.appender);
				this.logger.setAdditive(false);
			}
			if (this.poi != null) {
				this.poi.setLevel(Level.OFF);
			}
		}

		void clear() {
			this.appender.list.clear();
		}

		Throwable lastError() {
			for (int i = this.appender.list.size() - 1; i >= 0; i--) {
				if (this.appender.list.get(i).getThrowableProxy() instanceof ThrowableProxy proxy) {
					return proxy.getThrowable();
				}
			}
			return null;
		}

		@Override
		public void close() {
			if (this.logger != null) {
				this.logger.detachAppender(this.appender);
				this.logger.setAdditive(true);
				this.appender.stop();
			}
			if (this.poi != null) {
				this.poi.setLevel(this.poiLevel);
			}
		}

	}

	/** Turns the hang guard's timeout into a failure that names the case being read, and saves its file. */
	static final class NameTheCaseInFlight implements TestExecutionExceptionHandler {

		@Override
		public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
			FuzzCase hung = inFlight;
			if (hung == null) {
				throw throwable;
			}
			inFlight = null;
			throw new AssertionError("hang guard: the reader was still reading a damaged file when the test timed out; "
					+ hung.describe() + "; saved: " + save(hung), throwable);
		}

	}

}
