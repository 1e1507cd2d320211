package com.skillgap.intake;

/** What a spreadsheet cell holds, as far as intake cares. */
public enum CellKind {

	TEXT, NUMBER, DATE, BOOLEAN, ERROR

}
