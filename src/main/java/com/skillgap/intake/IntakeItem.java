package com.skillgap.intake;

/** What reading the run's files yields, in file order: outcomes of files, notices, and data rows. */
public sealed interface IntakeItem permits FileOutcome, Notice, DataRow, ImportedRow {
}
