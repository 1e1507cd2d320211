package com.skillgap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillgap.intake.IntakeFixtures.Outcome;

/**
 * The intake fixture corpus: one file per quirk of the input contract, made the way managers' tools make them
 * ({@code src/test/resources/intake/corpus/}; how each file was made and what is in it:
 * {@code src/test/fixtures/intake-corpus.md}). Each file is read alone through the whole intake, with no
 * {@code --team}, as the import step reads it.
 */
final class IntakeCorpus {

	static final Path FOLDER = Path.of("src/test/resources/intake/corpus");

	/**
	 * The classes with one test per {@code valid-}, {@code rejected-} and {@code by-content-} file; each test's display
	 * name starts with its file's name.
	 */
	static final List<Class<?>> TEST_CLASSES = List.of(IntakeCorpusFormatTests.class,
			IntakeCorpusSheetAndColumnTests.class, IntakeCorpusCellAndRowTests.class, IntakeCorpusRejectedFileTests.class);

	private IntakeCorpus() {
	}

	static Outcome read(String fileName) {
		return IntakeFixtures.read(null, FOLDER.resolve(fileName));
	}

	/** Imported, and never rejected later (a later rejection would be a second outcome). */
	static void assertImported(Outcome outcome) {
		assertThat(outcome.files()).extracting(FileOutcome::imported, FileOutcome::reason)
			.containsExactly(tuple(true, null));
	}

	/** Imported, and nothing in it to report: no notice, no rejected row, no bad cell. */
	static void assertImportedWithoutIssues(Outcome outcome) {
		assertImported(outcome);
		assertThat(outcome.notices()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.cellIssues()).isEmpty();
	}

	/** Refused with exactly this reason, and nothing came of it: no rows, no notices. */
	static void assertRejected(Outcome outcome, String reason) {
		assertThat(outcome.files()).extracting(FileOutcome::imported, FileOutcome::reason)
			.containsExactly(tuple(false, reason));
		assertThat(outcome.imported()).isEmpty();
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.notices()).isEmpty();
	}

	/*
	 * The words of a bad rating cell's error. The spec asks for "an error for that cell, reported with its address;
	 * that responsibility counts as not assessed for that person"; these are the reader's words for it, kept in one
	 * place.
	 */

	static String notALevel(String text, String responsibility, String person) {
		return "'" + text + "' is not a level: use 0–4 or None … Expert" + forWhom(responsibility, person);
	}

	static String dateNotALevel(String date, String responsibility, String person) {
		return "'" + date + "' is a date, not a level: use 0–4 or None … Expert" + forWhom(responsibility, person);
	}

	static String booleanNotALevel(String value, String responsibility, String person) {
		return "'" + value + "' is a true/false value, not a level: use 0–4 or None … Expert"
				+ forWhom(responsibility, person);
	}

	static String formulaError(String error, String responsibility, String person) {
		return "the formula gives the error " + error + ", not a level: fix the formula or type 0–4 or None … Expert"
				+ forWhom(responsibility, person);
	}

	private static String forWhom(String responsibility, String person) {
		return " (" + responsibility + " for " + person + "; counted as not assessed)";
	}

	/**
	 * In long layout each row gives one level of a person: the levels of each person, gathered from all of their rows
	 * (by the row that started them), keyed by name in order of first appearance.
	 */
	static Map<String, Map<String, Integer>> levelsByPerson(Outcome outcome) {
		Map<Integer, String> names = new LinkedHashMap<>();
		Map<String, Map<String, Integer>> levels = new LinkedHashMap<>();
		for (ImportedRow row : outcome.imported()) {
			int first = row.samePersonAsRow() == null ? row.row() : row.samePersonAsRow();
			String name = names.computeIfAbsent(first, start -> row.person().name());
			levels.computeIfAbsent(name, person -> new LinkedHashMap<>()).putAll(row.person().levels());
		}
		return levels;
	}

}
