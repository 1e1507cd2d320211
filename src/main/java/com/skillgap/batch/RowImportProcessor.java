package com.skillgap.batch;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.skillgap.intake.DataRow;
import com.skillgap.intake.FileOutcome;
import com.skillgap.intake.IntakeItem;
import com.skillgap.intake.RejectedRowException;
import com.skillgap.intake.RowImporter;

/**
 * Turns each data row into an imported person; a row that cannot be imported throws
 * {@link RejectedRowException}, which the step skips and {@link RejectedRowRecorder} records. Other items pass
 * through; a file rejected half-way is forgotten, so its people do not make later rows duplicates. A row whose team
 * is taken from another sheet of the run is filtered out.
 */
class RowImportProcessor implements ItemProcessor<IntakeItem, IntakeItem> {

	private final RowImporter importer;

	RowImportProcessor(RowImporter importer) {
		this.importer = importer;
	}

	@Override
	public IntakeItem process(IntakeItem item) throws RejectedRowException {
		if (item instanceof FileOutcome outcome && !outcome.imported()) {
			this.importer.forget(outcome.file());
		}
		return item instanceof DataRow row ? this.importer.importRow(row) : item;
	}

	/**
	 * Takes an item a restarted step reads again, committed by the run before: the importer learns its person as
	 * before; a row rejected then is rejected again, and was recorded then.
	 */
	void replay(IntakeItem item) {
		try {
			process(item);
		}
		catch (RejectedRowException ex) {
			// recorded when the row was first read
		}
	}

}
