package com.skillgap.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The reports folder and its layout ({@code <quarter>/<team>/<team>-<quarter>-gap-report.pdf}, …). Every file is
 * written to a temporary folder beside its target and moved into place when complete, so a reader never sees a
 * half-written report.
 */
public final class ReportFolder {

	/** A part this old was left by a run that crashed. */
	private static final Duration STALE_PART = Duration.ofHours(1);

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

	/** Where a quarter's messages are written when no SMTP server is configured. */
	public Path outbox(String quarter) {
		return quarter(quarter).resolve("outbox");
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
		Files.createDirectories(target.getParent());
		// Not createTempFile: its files are private to the owner, and reports are meant to be read by others.
		Path temporary = incoming.resolve(target.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (OutputStream out = openPart(incoming, temporary)) {
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

	/**
	 * Opens a new part in the temporary folder. Another run tidying up may remove the folder between its creation and
	 * the part's, when it is empty for a moment; then the folder is made again.
	 */
	private static OutputStream openPart(Path incoming, Path part) throws IOException {
		for (int attempt = 1;; attempt++) {
			Files.createDirectories(incoming);
			try {
				return Files.newOutputStream(part, StandardOpenOption.CREATE_NEW);
			}
			catch (NoSuchFileException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Removes what a run left in the temporary folder: parts older than an hour (a crashed run's), and the folder when
	 * nothing else is in it. A part another run is writing at the same time is young, and stays.
	 */
	public void tidy(String quarter) throws IOException {
		Path incoming = quarter(quarter).resolve(".incoming");
		if (!Files.isDirectory(incoming)) {
			return;
		}
		FileTime stale = FileTime.from(Instant.now().minus(STALE_PART));
		try (var leftovers = Files.list(incoming)) {
			for (Path leftover : leftovers.toList()) {
				try {
					if (Files.getLastModifiedTime(leftover).compareTo(stale) < 0) {
						Files.deleteIfExists(leftover);
					}
				}
				catch (NoSuchFileException ex) {
					// moved into place by its run meanwhile
				}
			}
		}
		try {
			Files.deleteIfExists(incoming);
		}
		catch (DirectoryNotEmptyException ex) {
			// another run is writing its reports
		}
	}

}
