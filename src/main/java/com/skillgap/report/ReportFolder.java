package com.skillgap.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The reports folder and its layout ({@code <quarter>/<team>/<team>-<quarter>-gap-report.pdf}, …). Every file is
 * written to a temporary folder beside its target and moved into place when complete, so a reader never sees a
 * half-written report.
 */
public final class ReportFolder {

	/** Writes a file's content to a stream. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private final Path root;

	public ReportFolder(Path root) {
		this.root = root;
	}

	public Path root() {
		return this.root;
	}

	public Path quarter(String quarter) {
		return this.root.resolve(quarter);
	}

	public Path teamPdf(String quarter, String teamId) {
		return quarter(quarter).resolve(teamId).resolve(teamId + "-" + quarter + "-gap-report.pdf");
	}

	public Path teamWorkbook(String quarter, String teamId) {
		return quarter(quarter).resolve(teamId).resolve(teamId + "-" + quarter + "-gap-report.xlsx");
	}

	public Path orgRollup(String quarter) {
		return quarter(quarter).resolve("org-" + quarter + "-rollup.xlsx");
	}

	public Path runSummary(String quarter) {
		return quarter(quarter).resolve("run-summary.json");
	}

	/** A path as {@code run-summary.json} gives it: relative to the reports folder, with {@code /}. */
	public String relative(Path path) {
		return this.root.relativize(path).toString().replace('\\', '/');
	}

	/** Writes to a temporary file in {@code <quarter>/.incoming/} and moves it into place. */
	public void writeAtomically(Path target, String quarter, Content content) throws IOException {
		Path incoming = quarter(quarter).resolve(".incoming");
		Files.createDirectories(incoming);
		Files.createDirectories(target.getParent());
		// Not createTempFile: its files are private to the owner, and reports are meant to be read by others.
		Path temporary = incoming.resolve(target.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
				content.writeTo(out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Removes the temporary folder once a run is done. */
	public void tidy(String quarter) throws IOException {
		Path incoming = quarter(quarter).resolve(".incoming");
		if (Files.isDirectory(incoming)) {
			try (var leftovers = Files.list(incoming)) {
				for (Path leftover : leftovers.toList()) {
					Files.deleteIfExists(leftover);
				}
			}
			Files.deleteIfExists(incoming);
		}
	}

}
