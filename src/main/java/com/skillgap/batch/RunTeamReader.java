package com.skillgap.batch;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import com.skillgap.store.IntakeStaging;

/**
 * The run's team ids, one at a time. Restartable: the count of teams done is saved with each chunk, so a restarted
 * step goes on with the first team whose chunk was not committed.
 */
class RunTeamReader extends AbstractItemCountingItemStreamItemReader<String> {

	private final IntakeStaging staging;

	private final long runId;

	private List<String> teams = List.of();

	private int next;

	RunTeamReader(IntakeStaging staging, long runId) {
		this.staging = staging;
		this.runId = runId;
		setName("runTeams");
	}

	@Override
	protected void doOpen() {
		this.teams = this.staging.teamIds(this.runId);
		this.next = 0;
	}

	@Override
	protected String doRead() {
		return (this.next < this.teams.size()) ? this.teams.get(this.next++) : null;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		this.next = Math.min(itemIndex, this.teams.size());
	}

	@Override
	protected void doClose() {
		this.teams = List.of();
	}

}
