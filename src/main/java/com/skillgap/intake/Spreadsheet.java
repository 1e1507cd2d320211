package com.skillgap.intake;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** An opened input file: its visible sheets, each readable one row at a time. A CSV file has one unnamed sheet. */
public interface Spreadsheet extends Closeable {

	/** Names of the visible worksheets in workbook order; a single {@code null} for a CSV file. */
	List<String> visibleSheets();

	/** Opens a cursor over one sheet's rows, from the top. */
	RowCursor rows(String sheet) throws IOException;

}
