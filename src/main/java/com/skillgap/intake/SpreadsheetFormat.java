package com.skillgap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides how to read a file, from its first bytes more than its name: an {@code .xlsx} that is really an
 * {@code .xls} is read as one, while a PDF or a picture renamed to {@code .xlsx} is refused for what it is. What
 * cannot be read is refused with a reason a manager can act on ("save it as .xlsx").
 */
public final class SpreadsheetFormat {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] GIF = { 'G', 'I', 'F', '8' };

	private static final byte[] UTF16_LE = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] UTF16_BE = { (byte) 0xFE, (byte) 0xFF };

	private SpreadsheetFormat() {
	}

	/** Opens a file for reading, or says why it cannot be read. */
	public static Spreadsheet open(InputFile file, IntakeLimits limits) throws UnreadableFileException {
		String extension = extension(file.path().getFileName().toString());
		long size;
		byte[] head;
		try {
			size = Files.size(file.path());
			try (InputStream input = Files.newInputStream(file.path())) {
				head = input.readNBytes(OLE2.length);
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("the file cannot be read (it may have been moved, or reading it is not "
					+ "allowed): check it and send it again", ex);
		}
		if (size > limits.maxFileBytes()) {
			throw new UnreadableFileException(String.format(Locale.ROOT,
					"the file is %.1f MB, over the limit of %.0f MB: split it into smaller files", megabytes(size),
					megabytes(limits.maxFileBytes())));
		}
		if (size == 0) {
			throw new UnreadableFileException("the file is empty: export the sheet again");
		}
		return switch (extension) {
			case "xlsx", "xlsm", "xls", "csv" -> openSpreadsheet(file, extension, head, limits);
			case "ods", "fods" -> throw new UnreadableFileException(
					"OpenDocument spreadsheets are not supported: save it as .xlsx");
			case "numbers" -> throw new UnreadableFileException(
					"Apple Numbers files are not supported: export it as .xlsx (File > Export To > Excel)");
			case "xlsb" -> throw new UnreadableFileException(
					"Excel binary workbooks (.xlsb) are not supported: save it as .xlsx (Excel Workbook)");
			default -> throw new UnreadableFileException("'" + (extension.isEmpty() ? "(no extension)" : "." + extension)
					+ "' files are not spreadsheets: save the sheet as .xlsx or .csv");
		};
	}

	private static Spreadsheet openSpreadsheet(InputFile file, String extension, byte[] head, IntakeLimits limits)
			throws UnreadableFileException {
		String renamed = "renamed to ." + extension + ": send the spreadsheet itself, saved as .xlsx";
		if (startsWith(head, ZIP)) {
			return XlsxSpreadsheet.open(file.path(), limits);
		}
		if (startsWith(head, OLE2)) {
			return openOfficeBinary(file, limits);
		}
		if (startsWith(head, PDF)) {
			throw new UnreadableFileException("the file is a PDF " + renamed);
		}
		if (startsWith(head, PNG) || startsWith(head, JPEG) || startsWith(head, GIF)) {
			throw new UnreadableFileException("the file is a picture " + renamed);
		}
		if ("csv".equals(extension)) {
			if (startsWith(head, UTF16_LE) || startsWith(head, UTF16_BE)) {
				throw new UnreadableFileException("the file is UTF-16 text (what Excel's \"Unicode Text\" writes), "
						+ "not UTF-8: save it as \"CSV UTF-8\" from Excel, or as UTF-8 from your editor");
			}
			return new CsvSpreadsheet(file.path(), limits);
		}
		throw new UnreadableFileException("the file is not an Excel workbook although its name ends in ." + extension
				+ ": open it in Excel or LibreOffice and save it as .xlsx (or, if it is text, as .csv)");
	}

	/**
	 * An OLE2 compound file: a password-protected {@code .xlsx} (kept in an encrypted envelope), an {@code .xls}
	 * workbook, or another Office document.
	 */
	private static Spreadsheet openOfficeBinary(InputFile file, IntakeLimits limits) throws UnreadableFileException {
		try (POIFSFileSystem compound = new POIFSFileSystem(file.path().toFile(), true)) {
			DirectoryNode root = compound.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
				throw encrypted(null);
			}
			if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
				throw new UnreadableFileException("the file is an Office document but not a workbook (a Word or "
						+ "PowerPoint file?): send the spreadsheet itself, saved as .xlsx");
			}
			return XlsSpreadsheet.open(compound, Files.size(file.path()), limits);
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("the file is a damaged or incomplete Office file: open it in Excel or "
					+ "LibreOffice and save it as .xlsx", ex);
		}
	}

	static UnreadableFileException encrypted(Exception cause) {
		return new UnreadableFileException("the workbook is protected with a password, so it cannot be read: "
				+ "remove the password (File > Info > Protect Workbook > Encrypt with Password) and send it again",
				cause);
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
	}

	private static double megabytes(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
