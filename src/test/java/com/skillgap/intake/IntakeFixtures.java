package com.skillgap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;

/** Reads fixture files through the whole intake, as the import step does, and collects what comes out. */
public final class IntakeFixtures {

	public static final Matrix MATRIX = defaultMatrix();

	/** Everything intake made of some files. */
	public record Outcome(List<FileOutcome> files, List<ImportedRow> imported, List<DataIssue> rejected,
			List<DataIssue> notices) {

		public List<DataIssue> cellIssues() {
			return this.imported.stream().flatMap(row -> row.cellIssues().stream()).toList();
		}

		/** The imported rows of files not rejected later on: what the import step keeps. */
		public List<ImportedRow> keptRows() {
			Map<InputFile, Boolean> last = new HashMap<>();
			this.files.forEach(outcome -> last.put(outcome.file(), outcome.imported()));
			return this.imported.stream().filter(row -> last.getOrDefault(row.file(), false)).toList();
		}

		public ImportedRow person(String name) {
			return this.imported.stream()
				.filter(row -> row.person().name().equals(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no imported person " + name));
		}

	}

	private IntakeFixtures() {
	}

	public static Path fixture(String name) {
		return Path.of("src/test/resources/intake", name);
	}

	public static Outcome read(String defaultTeam, Path... paths) {
		List<InputFile> files = new ArrayList<>();
		for (Path path : paths) {
			files.add(new InputFile(files.size(), path.getFileName().toString(), path));
		}
		return read(files, defaultTeam, IntakeLimits.DEFAULT);
	}

	public static Outcome read(List<InputFile> files, String defaultTeam, IntakeLimits limits) {
		return read(files, defaultTeam, limits, null);
	}

	/** Reads the files as an upload of a manager limited to {@code allowedTeams} ({@code null}: any team). */
	public static Outcome readAllowing(Set<String> allowedTeams, String defaultTeam, Path... paths) {
		List<InputFile> files = new ArrayList<>();
		for (Path path : paths) {
			files.add(new InputFile(files.size(), path.getFileName().toString(), path));
		}
		return read(files, defaultTeam, IntakeLimits.DEFAULT, allowedTeams);
	}

	private static Outcome read(List<InputFile> files, String defaultTeam, IntakeLimits limits,
			Set<String> allowedTeams) {
		List<FileOutcome> outcomes = new ArrayList<>();
		List<ImportedRow> imported = new ArrayList<>();
		List<DataIssue> rejected = new ArrayList<>();
		List<DataIssue> notices = new ArrayList<>();
		RowImporter importer = new RowImporter(MATRIX, allowedTeams);
		try (SkillSheetReader reader = new SkillSheetReader(files, MATRIX, limits, defaultTeam)) {
			for (IntakeItem item = reader.next(); item != null; item = reader.next()) {
				switch (item) {
					case FileOutcome outcome -> outcomes.add(outcome);
					case Notice notice -> notices.add(notice.issue());
					case DataRow row -> {
						try {
							imported.add(importer.importRow(row));
						}
						catch (RejectedRowException ex) {
							rejected.add(ex.issue());
						}
					}
					case ImportedRow row -> throw new AssertionError("the reader never imports");
				}
			}
		}
		return new Outcome(outcomes, imported, rejected, notices);
	}

	private static Matrix defaultMatrix() {
		try (InputStream input = IntakeFixtures.class.getResourceAsStream("/matrices/cloud-devops.yaml")) {
			return MatrixLoader.load(input, "cloud-devops.yaml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
