package com.skillgap.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Guards against hostile {@code .xlsx} files, which are zip archives: before POI opens one, its directory is checked
 * against the limits (number of parts, the size each part claims to unpack to, the packed-to-unpacked ratio), and
 * POI's own {@link ZipSecureFile} checks are set to the same limits, so a part that lies about its size is still
 * stopped while it is read. Each refusal says in plain words what is wrong.
 */
final class WorkbookSafety {

	/** Parts smaller than this unpacked are not checked for their ratio (POI's own grace size). */
	private static final long RATIO_GRACE_BYTES = 100 * 1024;

	private static final String ADVICE = "; the file was not read, for safety: open it in Excel or LibreOffice and "
			+ "save it again as .xlsx";

	/**
	 * POI reads the package's own parts (the content types, the relationships, the document properties) whole into
	 * memory, so they get a small limit of their own: in real workbooks they are a few kilobytes.
	 */
	private static final long MAX_PACKAGE_PART_BYTES = 4 * 1024 * 1024;

	private WorkbookSafety() {
	}

	/**
	 * Sets POI's zip limits. They are process-wide: every workbook the process opens afterwards is held to them, so
	 * the application applies one configuration; messages name the limits of the run that found the problem.
	 */
	static void applyToPoi(IntakeLimits limits) {
		ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
		ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
		ZipSecureFile.setMaxFileCount(limits.maxParts());
	}

	/** Checks a zip's directory; throws with the reason when the archive is over a limit. */
	static void check(Path file, IntakeLimits limits) throws UnreadableFileException {
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			int parts = 0;
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (++parts > limits.maxParts()) {
					throw new UnreadableFileException(String.format(Locale.ROOT,
							"the workbook holds more than %,d internal parts (a skill sheet has about ten)" + ADVICE,
							limits.maxParts()));
				}
				checkSize(entry, limits);
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(ex, limits);
		}
	}

	private static void checkSize(ZipArchiveEntry entry, IntakeLimits limits) throws UnreadableFileException {
		long size = entry.getSize();
		long packed = entry.getCompressedSize();
		if (isParsedWhole(entry.getName()) && size > MAX_PACKAGE_PART_BYTES) {
			throw new UnreadableFileException(String.format(Locale.ROOT,
					"the workbook's part %s claims to unpack to %s, far more than such a part ever needs (%s)"
							+ ADVICE, DataIssue.quote(entry.getName()), bytes(size), bytes(MAX_PACKAGE_PART_BYTES)));
		}
		if (size > limits.maxPartBytes()) {
			throw new UnreadableFileException(String.format(Locale.ROOT,
					"the workbook's part %s claims to unpack to %s, over the limit of %s" + ADVICE, DataIssue.quote(entry.getName()),
					bytes(size), bytes(limits.maxPartBytes())));
		}
		if (size > RATIO_GRACE_BYTES && packed >= 0 && (double) packed / size < limits.minInflateRatio()) {
			throw zipBomb(limits);
		}
	}

	/** The package's content types, relationships and document properties, which POI reads whole when it opens. */
	private static boolean isParsedWhole(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return "[content_types].xml".equals(lower) || lower.endsWith(".rels") || lower.startsWith("docprops/");
	}

	/** The reason for a file POI found to be over a limit while reading it, if that is what an exception says. */
	static Optional<UnreadableFileException> explain(Throwable failure, IntakeLimits limits) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("max. ratio of compressed file size")) {
				return Optional.of(zipBomb(limits));
			}
			if (message.contains("max size of the expanded data")) {
				return Optional.of(new UnreadableFileException(String.format(Locale.ROOT,
						"a part of the workbook unpacks to more than %s, the limit" + ADVICE,
						bytes(limits.maxPartBytes()))));
			}
			if (message.contains("DOCTYPE")) {
				return Optional.of(SafeXml.doctypeRefused("a part of the workbook"));
			}
			if (message.contains("more internal file entries than expected")) {
				return Optional.of(new UnreadableFileException(String.format(Locale.ROOT,
						"the workbook holds more than %,d internal parts (a skill sheet has about ten)" + ADVICE,
						limits.maxParts())));
			}
		}
		return Optional.empty();
	}

	/**
	 * The reason for a workbook POI could not open. POI's own message names paths on the server and zip internals, so
	 * it is kept as the cause (for the log) and not shown.
	 */
	static UnreadableFileException damaged(Exception ex, IntakeLimits limits) {
		return explain(ex, limits).orElseGet(() -> new UnreadableFileException("the workbook is damaged or incomplete (it "
				+ "may have been cut off while copying or uploading): open it in Excel or LibreOffice and save it "
				+ "again as .xlsx", ex));
	}

	private static UnreadableFileException zipBomb(IntakeLimits limits) {
		return new UnreadableFileException(String.format(Locale.ROOT,
				"a part of the workbook unpacks to more than %,.0f times its packed size, which real spreadsheets "
						+ "never do: the file looks like a zip bomb" + ADVICE,
				1 / limits.minInflateRatio()));
	}

	private static String bytes(long bytes) {
		double megabytes = bytes / (1024.0 * 1024.0);
		if (megabytes >= 1024) {
			return String.format(Locale.ROOT, "%.1f GB", megabytes / 1024);
		}
		return megabytes >= 1 ? String.format(Locale.ROOT, "%.0f MB", megabytes)
				: String.format(Locale.ROOT, "%,d KB", Math.max(1, bytes / 1024));
	}

}
