package com.skillgap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decides from a file's name and first bytes how to read it, and refuses what cannot be read with a reason a manager
 * can act on ("save it as .xlsx").
 */
public final class SpreadsheetFormat {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };

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
				head = input.readNBytes(8);
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("the file cannot be read: " + ex.getMessage(), ex);
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
			case "xlsx", "xlsm" -> openWorkbook(file, head, limits);
			case "csv" -> new CsvSpreadsheet(file.path(), limits.maxColumns(), limits.maxCellLength());
			case "xls" -> throw new UnreadableFileException(
					"Excel 97–2003 workbooks (.xls) are not read yet: open it in Excel or LibreOffice and save it as .xlsx");
			case "ods" -> throw new UnreadableFileException(
					"OpenDocument spreadsheets are not supported: save it as .xlsx");
			case "numbers" -> throw new UnreadableFileException(
					"Apple Numbers files are not supported: export it as .xlsx (File > Export To > Excel)");
			default -> throw new UnreadableFileException("'" + (extension.isEmpty() ? "(no extension)" : "." + extension)
					+ "' files are not spreadsheets: save the sheet as .xlsx or .csv");
		};
	}

	private static Spreadsheet openWorkbook(InputFile file, byte[] head, IntakeLimits limits)
			throws UnreadableFileException {
		if (startsWith(head, OLE2)) {
			throw new UnreadableFileException("the workbook is password-protected (encrypted) or an old .xls file "
					+ "renamed to .xlsx: remove the password, or save it as .xlsx, and send it again");
		}
		if (startsWith(head, PDF)) {
			throw new UnreadableFileException("the file is a PDF renamed to .xlsx: send the spreadsheet itself, saved as .xlsx");
		}
		if (!startsWith(head, ZIP)) {
			throw new UnreadableFileException("the file is not an Excel workbook although its name ends in .xlsx: "
					+ "open it in Excel or LibreOffice and save it as .xlsx");
		}
		return XlsxSpreadsheet.open(file.path(), limits.maxColumns());
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
