package com.skillgap.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.skillgap.intake.DataRow;
import com.skillgap.intake.FileOutcome;
import com.skillgap.intake.ImportedRow;
import com.skillgap.intake.IntakeItem;
import com.skillgap.intake.Notice;
import com.skillgap.store.IntakeStaging;

/** Stores what the import step read: file outcomes, notices and imported people. */
class IntakeWriter implements ItemWriter<IntakeItem> {

	private final IntakeStaging staging;

	private final long runId;

	IntakeWriter(IntakeStaging staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends IntakeItem> chunk) {
		for (IntakeItem item : chunk) {
			switch (item) {
				case FileOutcome outcome -> this.staging.saveOutcome(this.runId, outcome);
				case Notice notice -> this.staging.saveIssue(this.runId, notice.file().index(), notice.issue(), false);
				case ImportedRow row -> this.staging.saveRow(this.runId, row);
				case DataRow row -> throw new IllegalStateException("row " + row.row().number() + " was not processed");
			}
		}
	}

}
