package com.skillgap.intake;

import java.util.List;
import java.util.Optional;

/** One row as read: its 1-based number as the spreadsheet shows it, and its non-empty cells in column order. */
public record SheetRow(int number, List<SheetCell> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	public Optional<SheetCell> cell(int column) {
		for (SheetCell cell : this.cells) {
			if (cell.column() == column) {
				return Optional.of(cell);
			}
		}
		return Optional.empty();
	}

	/** The trimmed text of a cell, or {@code null} when the cell is empty or only spaces. */
	public String text(int column) {
		return cell(column).map(SheetCell::text).map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
	}

	/** Every cell empty or only spaces. */
	public boolean isBlank() {
		return this.cells.stream().allMatch(SheetCell::isBlank);
	}

}
