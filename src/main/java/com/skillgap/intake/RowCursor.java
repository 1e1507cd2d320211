package com.skillgap.intake;

import java.io.Closeable;
import java.io.IOException;

/** Reads a sheet one row at a time; only the current row is held in memory. */
public interface RowCursor extends Closeable {

	/** The next row that has at least one cell, or {@code null} after the last. */
	SheetRow next() throws IOException;

}
