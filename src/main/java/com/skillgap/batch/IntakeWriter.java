package com.skillgap.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.skillgap.intake.IntakeItem;
import com.skillgap.store.IntakeStaging;

/** Stores what the import step read: file outcomes, notices and imported people, a chunk at a time. */
class IntakeWriter implements ItemWriter<IntakeItem> {

	private final IntakeStaging staging;

	private final long runId;

	IntakeWriter(IntakeStaging staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends IntakeItem> chunk) {
		this.staging.save(this.runId, chunk.getItems());
	}

}
