package com.skillgap.intake;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.skillgap.matrix.IdentityColumn;
import com.skillgap.matrix.Matrix;

/**
 * Reads the files of a run in order and yields, per file, its outcome (imported or rejected with a reason), notices
 * about its sheets and columns, and its non-blank data rows one at a time. Only the current row (and, while the
 * header is searched, at most the first 20 rows) is held in memory.
 */
public final class SkillSheetReader implements Closeable {

	/** How the reason of a file rejected because of a fault in Skillgap itself, not in the file, begins. */
	public static final String UNEXPECTED_FAILURE = "Skillgap failed on this file unexpectedly";

	private static final Logger LOG = LoggerFactory.getLogger(SkillSheetReader.class);

	private final Iterator<InputFile> files;

	private final Matrix matrix;

	private final IntakeLimits limits;

	private final String defaultTeam;

	private final Deque<IntakeItem> pending = new ArrayDeque<>();

	private final int fileCount;

	private final long totalBytes;

	/** Files opened so far, and the bytes of those done. */
	private int filesOpened;

	private long bytesDone;

	private long currentBytes;

	private Spreadsheet spreadsheet;

	private RowCursor cursor;

	private SheetContext context;

	private int dataRows;

	private final Set<Integer> warnedColumns = new HashSet<>();

	/**
	 * @param defaultTeam the team for rows without a team cell ({@code --team}), {@code null} for the file name
	 */
	public SkillSheetReader(List<InputFile> files, Matrix matrix, IntakeLimits limits, String defaultTeam) {
		this.files = files.iterator();
		this.fileCount = files.size();
		this.totalBytes = files.stream().mapToLong(SkillSheetReader::size).sum();
		this.matrix = matrix;
		this.limits = limits;
		this.defaultTeam = defaultTeam;
	}

	/** How many files the run reads. */
	public int fileCount() {
		return this.fileCount;
	}

	/** The number of the file being read, from 1; 0 before the first. */
	public int fileNumber() {
		return this.filesOpened;
	}

	/**
	 * How much of the run's files has been read, from 0 to 1, weighing each file by its size; within the file being
	 * read as far as its sheet tells.
	 */
	public double fractionRead() {
		if (this.totalBytes <= 0) {
			return Double.NaN;
		}
		double withinFile = (this.cursor == null) ? 1.0 : this.cursor.fractionRead();
		double current = Double.isNaN(withinFile) ? 0 : withinFile * this.currentBytes;
		return Math.min(1.0, (this.bytesDone + current) / this.totalBytes);
	}

	private static long size(InputFile file) {
		try {
			return Files.size(file.path());
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** The next item, or {@code null} when every file has been read. */
	public IntakeItem next() {
		while (this.pending.isEmpty()) {
			if (this.cursor != null) {
				readRow();
			}
			else if (this.files.hasNext()) {
				openFile(this.files.next());
			}
			else {
				return null;
			}
		}
		return this.pending.poll();
	}

	private void openFile(InputFile file) {
		this.bytesDone += this.currentBytes;
		this.currentBytes = size(file);
		this.filesOpened++;
		try {
			this.spreadsheet = SpreadsheetFormat.open(file, this.limits);
			startSheet(file);
		}
		catch (IOException ex) {
			rejectWhileOpening(file, reason(ex));
		}
		catch (RuntimeException ex) {
			rejectWhileOpening(file, unexpected(file, ex));
		}
		catch (OutOfMemoryError ex) {
			rejectWhileOpening(file, outOfMemory(file, ex));
		}
	}

	/** Nothing of a file refused while it is opened is kept: only its outcome. */
	private void rejectWhileOpening(InputFile file, String reason) {
		closeFile();
		this.pending.clear();
		this.pending.add(FileOutcome.rejected(file, reason));
	}

	/** Finds the first visible sheet with a header row and positions a cursor just below it. */
	private void startSheet(InputFile file) throws IOException {
		String chosen = null;
		SheetRow header = null;
		for (String sheet : this.spreadsheet.visibleSheets()) {
			RowCursor rows = this.spreadsheet.rows(sheet);
			SheetRow found;
			try {
				found = findHeader(rows);
			}
			catch (IOException | RuntimeException | OutOfMemoryError ex) {
				rows.close();
				throw ex;
			}
			if (found == null) {
				rows.close();
			}
			else if (chosen == null) {
				chosen = sheet;
				header = found;
				this.cursor = rows;
			}
			else {
				rows.close();
				this.pending.add(new Notice(file, new DataIssue(Severity.WARNING, file.displayPath(), sheet, null, null,
						"sheet " + DataIssue.quote(sheet) + " also looks like a skill sheet; only " + DataIssue.quote(chosen)
								+ " was read")));
			}
		}
		if (header == null) {
			closeFile();
			this.pending.addFirst(FileOutcome.rejected(file, "no header row: none of the first "
					+ SheetLayout.HEADER_SEARCH_ROWS + " rows of a visible sheet has a column named "
					+ String.join(", ", IdentityColumn.PERSON.headers())
					+ " — add a header row with the person's name column (the template shows one)"));
			return;
		}
		SheetLayout layout = SheetLayout.of(header, this.matrix);
		if (!layout.hasRatings()) {
			String where = "the header row (" + (chosen == null ? "" : chosen + " ") + "row " + header.number() + ")";
			rejectWhileOpening(file, SheetLayout.names(header, IdentityColumn.SKILL)
					? where + " has a Skill column but no Level column (" + String.join(", ",
							IdentityColumn.LEVEL.headers()) + "), and no column named after a responsibility of "
							+ "the matrix: add the Level column, or use the column names of the template"
					: where + " has no column named after a responsibility of the matrix, so there is nothing to "
							+ "analyse: use the column names of the template");
			return;
		}
		this.context = new SheetContext(file, chosen, layout,
				(file.defaultTeam() != null) ? file.defaultTeam() : this.defaultTeam);
		this.dataRows = 0;
		this.warnedColumns.clear();
		this.pending.addFirst(FileOutcome.imported(file));
		for (SheetLayout.ColumnWarning warning : layout.warnings()) {
			this.pending.add(new Notice(file, new DataIssue(Severity.WARNING, file.displayPath(), chosen, warning.cell(),
					warning.row(), warning.message())));
		}
	}

	private SheetRow findHeader(RowCursor rows) throws IOException {
		for (SheetRow row = rows.next(); row != null && row.number() <= SheetLayout.HEADER_SEARCH_ROWS; row = rows
			.next()) {
			if (SheetLayout.isHeader(row)) {
				return row;
			}
		}
		return null;
	}

	private void readRow() {
		InputFile file = this.context.file();
		try {
			SheetRow row = this.cursor.next();
			if (row == null) {
				closeFile();
				return;
			}
			if (row.isBlank()) {
				return;
			}
			if (++this.dataRows > this.limits.maxRows()) {
				closeFile();
				this.pending.add(FileOutcome.rejected(file, String.format(Locale.ROOT,
						"the sheet has more than %,d data rows, the limit: split it into smaller files", this.limits.maxRows())));
				return;
			}
			warnHeaderlessColumns(row);
			this.pending.add(new DataRow(this.context, row));
		}
		catch (IOException ex) {
			closeFile();
			this.pending.add(FileOutcome.rejected(file, reason(ex)));
		}
		catch (RuntimeException ex) {
			closeFile();
			this.pending.add(FileOutcome.rejected(file, unexpected(file, ex)));
		}
		catch (OutOfMemoryError ex) {
			closeFile();
			this.pending.add(FileOutcome.rejected(file, outOfMemory(file, ex)));
		}
	}

	private void warnHeaderlessColumns(SheetRow row) {
		SheetLayout layout = this.context.layout();
		for (SheetCell cell : row.cells()) {
			if (!cell.isBlank() && !layout.headerColumns().contains(cell.column())
					&& this.warnedColumns.add(cell.column())) {
				String column = SheetCell.columnName(cell.column());
				this.pending.add(new Notice(this.context.file(), new DataIssue(Severity.WARNING, this.context.file().displayPath(),
						this.context.sheet(), column + layout.headerRow(), layout.headerRow(), "column " + column
								+ " has no header but holds data (first in row " + row.number() + "); ignored")));
			}
		}
	}

	private static String reason(IOException ex) {
		if (ex instanceof UnreadableFileException) {
			return ex.getMessage();
		}
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return "the file could not be read to the end: " + message;
	}

	/**
	 * A failure the readers did not expect: the file is still rejected so the run goes on, but the reason says it is
	 * Skillgap's fault and the stack trace is logged.
	 */
	private static String unexpected(InputFile file, RuntimeException ex) {
		LOG.error("Unexpected failure while reading {}", file.displayPath(), ex);
		return UNEXPECTED_FAILURE + " (" + ex.getClass().getSimpleName() + "): please report it with the file";
	}

	/**
	 * A last line of defence: a file built to need more memory than the limits foresee is refused, and what it had
	 * allocated is garbage again, so the run goes on with the next file.
	 */
	private static String outOfMemory(InputFile file, OutOfMemoryError ex) {
		LOG.warn("Reading {} needed more memory than the process has", file.displayPath(), ex);
		return "the file needs more memory to read than Skillgap may use, which real skill sheets never do: "
				+ "split it into smaller files, or open it in Excel or LibreOffice and save it again as .xlsx";
	}

	private void closeFile() {
		try {
			if (this.cursor != null) {
				this.cursor.close();
			}
			if (this.spreadsheet != null) {
				this.spreadsheet.close();
			}
		}
		catch (IOException ex) {
			// Closing a read-only file: nothing was written, nothing to recover.
		}
		finally {
			this.cursor = null;
			this.spreadsheet = null;
		}
	}

	@Override
	public void close() {
		closeFile();
	}

}
