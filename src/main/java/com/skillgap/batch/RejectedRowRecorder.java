package com.skillgap.batch;

import org.springframework.batch.core.listener.SkipListener;

import com.skillgap.intake.DataRow;
import com.skillgap.intake.IntakeItem;
import com.skillgap.intake.RejectedRowException;
import com.skillgap.store.IntakeStaging;

/** Records every skipped row as a data issue, in the chunk's transaction, so no rejected row is lost. */
class RejectedRowRecorder implements SkipListener<IntakeItem, IntakeItem> {

	private final IntakeStaging staging;

	private final long runId;

	RejectedRowRecorder(IntakeStaging staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void onSkipInProcess(IntakeItem item, Throwable failure) {
		if (item instanceof DataRow row && failure instanceof RejectedRowException rejected) {
			this.staging.saveIssue(this.runId, row.context().file().index(), rejected.issue(), true,
					rejected.teamId());
		}
		else {
			throw new IllegalStateException("unexpected skip of " + item, failure);
		}
	}

}
