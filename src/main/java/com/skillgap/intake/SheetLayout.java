package com.skillgap.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.skillgap.matrix.IdentityColumn;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;

/**
 * What the header row says each column holds: identity columns (name, email, team…) and one column per
 * responsibility. Built by {@link #detect}: the header is the first of sheet rows 1–20 with a cell naming the person
 * column.
 *
 * <p>
 * A header with a person, a skill and a level column is in <em>long layout</em>: one row per person and
 * responsibility, the responsibility named in the skill cell and its level in the level cell. Its
 * {@link #ratings()} is then empty.
 *
 * @param headerRow the header's 1-based row number
 * @param identity the column of each identity column present
 * @param ratings the responsibility read from each rating column, in column order (wide layout)
 * @param longLayout whether the sheet has one row per person and responsibility
 * @param headerColumns every column whose header cell is not blank (used or ignored)
 * @param warnings one warning per ignored header column
 */
public record SheetLayout(int headerRow, Map<IdentityColumn, Integer> identity, Map<Integer, Responsibility> ratings,
		boolean longLayout, Set<Integer> headerColumns, List<ColumnWarning> warnings) {

	/** The rows among which the header must be. */
	public static final int HEADER_SEARCH_ROWS = 20;

	/** A header column that is ignored, and why. */
	public record ColumnWarning(String cell, int row, String message) {
	}

	/** Whether the header names anything to analyse: responsibility columns, or the columns of the long layout. */
	public boolean hasRatings() {
		return this.longLayout || !this.ratings.isEmpty();
	}

	public Optional<Integer> column(IdentityColumn column) {
		return Optional.ofNullable(this.identity.get(column));
	}

	/** Whether a row is the header row: the first with a cell naming the person column. */
	public static boolean isHeader(SheetRow row) {
		return row.number() <= HEADER_SEARCH_ROWS && row.cells()
			.stream()
			.anyMatch(cell -> cell.kind() == CellKind.TEXT
					&& IdentityColumn.forHeader(cell.text()).filter(IdentityColumn.PERSON::equals).isPresent());
	}

	/** Maps every header cell of the header row to what it names. */
	public static SheetLayout of(SheetRow header, Matrix matrix) {
		boolean longLayout = names(header, IdentityColumn.SKILL) && names(header, IdentityColumn.LEVEL);
		Map<IdentityColumn, Integer> identity = new EnumMap<>(IdentityColumn.class);
		Map<Integer, Responsibility> ratings = new LinkedHashMap<>();
		Map<String, Integer> responsibilityColumns = new LinkedHashMap<>();
		Set<Integer> headerColumns = new TreeSet<>();
		List<ColumnWarning> warnings = new ArrayList<>();
		for (SheetCell cell : header.cells()) {
			if (cell.isBlank()) {
				continue;
			}
			headerColumns.add(cell.column());
			String text = cell.text().strip();
			String where = "column " + SheetCell.columnName(cell.column()) + " " + DataIssue.quote(text);
			String address = cell.address(header.number());
			Optional<IdentityColumn> identityColumn = IdentityColumn.forHeader(text);
			Optional<Responsibility> responsibility = matrix.findResponsibility(text);
			if (identityColumn.isPresent() && !longLayout && identityColumn.get() == IdentityColumn.SKILL) {
				warnings.add(new ColumnWarning(address, header.number(), where + " is ignored: a sheet with one row "
						+ "per person and skill needs both a Skill and a Level column"));
			}
			else if (identityColumn.isPresent() && !longLayout && identityColumn.get() == IdentityColumn.LEVEL) {
				warnings.add(new ColumnWarning(address, header.number(), where + " is not in the matrix; ignored"));
			}
			else if (identityColumn.isPresent()) {
				Integer first = identity.putIfAbsent(identityColumn.get(), cell.column());
				if (first != null) {
					warnings.add(new ColumnWarning(address, header.number(), where + " repeats column "
							+ SheetCell.columnName(first) + "; only the first is read, this one is ignored"));
				}
			}
			else if (responsibility.isPresent() && longLayout) {
				warnings.add(new ColumnWarning(address, header.number(), where + " is ignored: the sheet has one row "
						+ "per person and skill, so levels are read from its Level column"));
			}
			else if (responsibility.isPresent()) {
				Integer first = responsibilityColumns.putIfAbsent(responsibility.get().id(), cell.column());
				if (first == null) {
					ratings.put(cell.column(), responsibility.get());
				}
				else {
					warnings.add(new ColumnWarning(address, header.number(),
							where + " names " + responsibility.get().name() + " again (column "
									+ SheetCell.columnName(first) + " is read); ignored"));
				}
			}
			else {
				warnings.add(new ColumnWarning(address, header.number(), where + " is not in the matrix; ignored"));
			}
		}
		return new SheetLayout(header.number(), identity, ratings, longLayout, headerColumns, warnings);
	}

	/** Whether a header row has a cell naming a column. */
	static boolean names(SheetRow header, IdentityColumn column) {
		return header.cells()
			.stream()
			.anyMatch(cell -> cell.kind() == CellKind.TEXT
					&& IdentityColumn.forHeader(cell.text()).filter(column::equals).isPresent());
	}

}
