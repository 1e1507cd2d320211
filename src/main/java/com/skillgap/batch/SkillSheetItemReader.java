package com.skillgap.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import com.skillgap.intake.InputFiles;
import com.skillgap.intake.IntakeItem;
import com.skillgap.intake.IntakeLimits;
import com.skillgap.intake.SkillSheetReader;
import com.skillgap.matrix.Matrix;

/**
 * The import step's reader: the run's files one item at a time. Restartable: the item count is saved with each chunk
 * and a restart reads past the items already committed.
 */
class SkillSheetItemReader extends AbstractItemCountingItemStreamItemReader<IntakeItem> {

	private final List<String> inputs;

	private final Matrix matrix;

	private final IntakeLimits limits;

	private final String defaultTeam;

	private SkillSheetReader reader;

	SkillSheetItemReader(List<String> inputs, Matrix matrix, IntakeLimits limits, String defaultTeam) {
		this.inputs = inputs;
		this.matrix = matrix;
		this.limits = limits;
		this.defaultTeam = defaultTeam;
		setName("skillSheets");
	}

	@Override
	protected void doOpen() {
		try {
			this.reader = new SkillSheetReader(InputFiles.expand(this.inputs), this.matrix, this.limits,
					this.defaultTeam);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the input folder cannot be listed: " + ex.getMessage(), ex);
		}
	}

	@Override
	protected IntakeItem doRead() {
		return this.reader.next();
	}

	@Override
	protected void doClose() {
		if (this.reader != null) {
			this.reader.close();
		}
	}

}
