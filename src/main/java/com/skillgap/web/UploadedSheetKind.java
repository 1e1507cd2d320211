package com.skillgap.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * What an uploaded file is, from its first bytes rather than its name: an {@code .xlsx} (a zip), an {@code .xls}
 * (an OLE2 file, which may also turn out to be an encrypted workbook: the run says so), or, when the name says CSV and
 * the first 8 KB have no NUL byte (binary files do; UTF-16 text too, which the run would refuse anyway), CSV text. The run reads the file fully and reports anything else wrong.
 */
final class UploadedSheetKind {

	/** Enough bytes for every signature below, and to tell text from binary. */
	static final int HEAD_BYTES = 8192;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };

	private static final byte[][] PICTURES = { { (byte) 0x89, 'P', 'N', 'G' }, { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
			{ 'G', 'I', 'F', '8' } };

	private UploadedSheetKind() {
	}

	/** The extension the file is stored under, or why it is refused. */
	static String extension(byte[] head, String clientName) throws UploadRefused {
		if (head.length == 0) {
			throw unsupported("The file is empty: export the sheet again.");
		}
		if (startsWith(head, ZIP)) {
			return "xlsx";
		}
		if (startsWith(head, OLE2)) {
			return "xls";
		}
		if (startsWith(head, PDF)) {
			throw unsupported("The file is a PDF: upload the spreadsheet itself (.xlsx, .xls or .csv).");
		}
		if (Arrays.stream(PICTURES).anyMatch(picture -> startsWith(head, picture))) {
			throw unsupported("The file is a picture: upload the spreadsheet itself (.xlsx, .xls or .csv).");
		}
		String name = clientName == null ? "" : clientName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			for (byte b : head) {
				if (b == 0) {
					throw unsupported("The file is named .csv but is not text: save the sheet as CSV (UTF-8) or .xlsx.");
				}
			}
			return "csv";
		}
		throw unsupported("The file is not an Excel workbook or a CSV file: save the sheet as .xlsx or .csv.");
	}

	private static UploadRefused unsupported(String reason) {
		return new UploadRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, reason);
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

}
