package com.skillgap.intake;

import java.io.Closeable;
import java.io.IOException;

/** Reads a sheet one row at a time; only the current row is held in memory. */
public interface RowCursor extends Closeable {

	/** The next row that has at least one cell, or {@code null} after the last. */
	SheetRow next() throws IOException;

	/**
	 * How much of the sheet has been read, from 0 to 1, for progress reports; {@link Double#NaN} when the sheet does
	 * not say how long it is.
	 */
	default double fractionRead() {
		return Double.NaN;
	}

}
