package com.skillgap.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code .csv} file as one unnamed sheet: UTF-8 with or without BOM (anything else is refused rather than shown as
 * mojibake), delimiter {@code ,} {@code ;} or tab — the one that occurs most often in the first 20 lines, a tie going
 * to {@code ,} — and RFC 4180 quoting, including delimiters, doubled quotes and line breaks inside quotes. Row numbers
 * are record numbers, as a spreadsheet program would show the file.
 */
final class CsvSpreadsheet implements Spreadsheet {

	private static final int SNIFFED_LINES = 20;

	private static final char[] DELIMITERS = { ',', ';', '\t' };

	private final Path file;

	private final IntakeLimits limits;

	CsvSpreadsheet(Path file, IntakeLimits limits) {
		this.file = file;
		this.limits = limits;
	}

	@Override
	public List<String> visibleSheets() {
		return Arrays.asList((String) null);
	}

	@Override
	public RowCursor rows(String sheet) throws IOException {
		char delimiter = sniffDelimiter();
		ReadBytes counted = new ReadBytes(Files.newInputStream(this.file));
		return new RecordCursor(openReader(counted), delimiter, counted, Files.size(this.file));
	}

	@Override
	public void close() {
	}

	private BufferedReader openReader(InputStream input) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		BufferedReader reader = new BufferedReader(new InputStreamReader(input, decoder));
		try {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			return reader;
		}
		catch (IOException ex) {
			reader.close();
			throw ex;
		}
	}

	private char sniffDelimiter() throws IOException {
		int[] counts = new int[DELIMITERS.length];
		try (BufferedReader reader = openReader(Files.newInputStream(this.file))) {
			String line;
			for (int i = 0; i < SNIFFED_LINES && (line = reader.readLine()) != null; i++) {
				for (int d = 0; d < DELIMITERS.length; d++) {
					char delimiter = DELIMITERS[d];
					counts[d] += (int) line.chars().filter(c -> c == delimiter).count();
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw notUtf8(ex);
		}
		int best = 0;
		for (int d = 1; d < DELIMITERS.length; d++) {
			if (counts[d] > counts[best]) {
				best = d;
			}
		}
		return DELIMITERS[best];
	}

	/** The file is not UTF-8 text; the reason names the first line with other bytes and says how to fix it. */
	private UnreadableFileException notUtf8(CharacterCodingException ex) {
		String line;
		try {
			line = "line " + firstLineNotUtf8();
		}
		catch (IOException unreadable) {
			line = "a line";
		}
		return new UnreadableFileException("the file is not UTF-8 text: " + line + " has bytes that are not UTF-8 "
				+ "(the file may be saved as Windows-1252 or Latin-1, so accented letters would come out garbled): "
				+ "save it as \"CSV UTF-8\" from Excel, or as UTF-8 from your editor", ex);
	}

	/**
	 * The 1-based line of the first bytes that are not UTF-8. Decoding is buffered, so the exception comes before its
	 * line is reached; the file is decoded again here, counting line breaks up to the fault.
	 */
	private int firstLineNotUtf8() throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		int line = 1;
		try (InputStream input = Files.newInputStream(this.file)) {
			boolean end = false;
			while (!end) {
				int read = input.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				bytes.position(bytes.position() + Math.max(read, 0)).flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				line += lineBreaks(chars.flip());
				chars.clear();
				if (result.isError()) {
					return line;
				}
				bytes.compact();
			}
		}
		return line;
	}

	/** Line ends in a buffer: LF, CR LF, or a CR alone (old Mac files); a CR LF split across buffers counts twice. */
	private static int lineBreaks(CharBuffer chars) {
		int count = 0;
		char previous = 0;
		while (chars.hasRemaining()) {
			char c = chars.get();
			if (c == '\r' || (c == '\n' && previous != '\r')) {
				count++;
			}
			previous = c;
		}
		return count;
	}

	/** Reads one RFC 4180 record per call. */
	private final class RecordCursor implements RowCursor {

		private final Reader reader;

		private final char delimiter;

		private int record;

		private boolean ended;

		private final ReadBytes read;

		private final long size;

		RecordCursor(Reader reader, char delimiter, ReadBytes read, long size) {
			this.reader = reader;
			this.delimiter = delimiter;
			this.read = read;
			this.size = size;
		}

		/** The bytes read so far: a little ahead of the rows returned, by what the readers buffer. */
		@Override
		public double fractionRead() {
			return (this.size > 0) ? Math.min(1.0, (double) this.read.count() / this.size) : Double.NaN;
		}

		@Override
		public SheetRow next() throws IOException {
			try {
				while (!this.ended) {
					List<SheetCell> cells = readRecord();
					if (cells == null) {
						return null;
					}
					this.record++;
					if (!cells.isEmpty()) {
						return new SheetRow(this.record, cells);
					}
				}
				return null;
			}
			catch (CharacterCodingException ex) {
				throw notUtf8(ex);
			}
		}

		/** The non-empty fields of the next record, or {@code null} at the end of the file. */
		private List<SheetCell> readRecord() throws IOException {
			List<SheetCell> cells = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			int column = 0;
			boolean quoted = false;
			boolean anyCharacter = false;
			while (true) {
				int c = this.reader.read();
				if (c == -1) {
					this.ended = true;
					if (!anyCharacter) {
						return null;
					}
					add(cells, column, field);
					return cells;
				}
				anyCharacter = true;
				if (quoted) {
					if (c == '"') {
						this.reader.mark(1);
						int following = this.reader.read();
						if (following == '"') {
							append(field, '"');
						}
						else {
							quoted = false;
							if (following != -1) {
								this.reader.reset();
							}
						}
					}
					else {
						append(field, (char) c);
					}
				}
				else if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == this.delimiter) {
					add(cells, column, field);
					field.setLength(0);
					column++;
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r') {
						this.reader.mark(1);
						if (this.reader.read() != '\n') {
							this.reader.reset();
						}
					}
					add(cells, column, field);
					return cells;
				}
				else {
					append(field, (char) c);
				}
			}
		}

		private void append(StringBuilder field, char c) throws IOException {
			if (field.length() >= CsvSpreadsheet.this.limits.maxCellLength()) {
				throw UnreadableFileException.cellTooLong("a field of row " + (this.record + 1),
						CsvSpreadsheet.this.limits);
			}
			field.append(c);
		}

		/** Keeps a non-empty field; only those count against the column limit (Excel pads rows with delimiters). */
		private void add(List<SheetCell> cells, int column, StringBuilder field) throws UnreadableFileException {
			if (field.isEmpty() || field.toString().isBlank()) {
				return;
			}
			if (column >= CsvSpreadsheet.this.limits.maxColumns()) {
				throw new UnreadableFileException("row " + (this.record + 1) + " has a value in column "
						+ SheetCell.columnName(column) + ", beyond the limit of " + CsvSpreadsheet.this.limits.maxColumns()
						+ " columns: delete the unused columns, or split the file");
			}
			cells.add(SheetCell.text(column, field.toString()));
		}

		@Override
		public void close() throws IOException {
			this.reader.close();
		}

	}

}
