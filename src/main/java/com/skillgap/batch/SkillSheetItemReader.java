package com.skillgap.batch;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import com.skillgap.intake.InputFile;
import com.skillgap.intake.IntakeItem;
import com.skillgap.intake.IntakeLimits;
import com.skillgap.intake.SkillSheetReader;
import com.skillgap.matrix.Matrix;

/**
 * The import step's reader: the run's files one item at a time. Restartable: the item count is saved with each chunk;
 * a restart reads again the items already committed and hands each to {@code replay} instead of the step, so that
 * the importer remembers the people of committed rows (duplicates, long-layout people) as if it had never stopped.
 */
class SkillSheetItemReader extends AbstractItemCountingItemStreamItemReader<IntakeItem> {

	/** The number of the file being read, from 1, in the step's context. */
	static final String FILE = "intake.file";

	/** How many files the run reads, in the step's context. */
	static final String FILES = "intake.files";

	/** How much of the files is read, from 0 to 1 ({@code NaN} when unknown), in the step's context. */
	static final String FRACTION_READ = "intake.fractionRead";

	private final List<InputFile> files;

	private final Matrix matrix;

	private final IntakeLimits limits;

	private final String defaultTeam;

	private final Consumer<IntakeItem> replay;

	private SkillSheetReader reader;

	SkillSheetItemReader(List<InputFile> files, Matrix matrix, IntakeLimits limits, String defaultTeam,
			Consumer<IntakeItem> replay) {
		this.files = List.copyOf(files);
		this.replay = replay;
		this.matrix = matrix;
		this.limits = limits;
		this.defaultTeam = defaultTeam;
		setName("skillSheets");
	}

	@Override
	protected void doOpen() {
		this.reader = new SkillSheetReader(this.files, this.matrix, this.limits, this.defaultTeam);
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		for (int read = 0; read < itemIndex; read++) {
			IntakeItem item = doRead();
			if (item == null) {
				return;
			}
			this.replay.accept(item);
		}
	}

	@Override
	protected IntakeItem doRead() {
		return this.reader.next();
	}

	/** Also how far the files are read, with each chunk, for the progress shown in the log and on the run page. */
	@Override
	public void update(ExecutionContext context) {
		super.update(context);
		if (this.reader != null) {
			context.putInt(FILE, this.reader.fileNumber());
			context.putInt(FILES, this.reader.fileCount());
			double read = this.reader.fractionRead();
			if (Double.isNaN(read)) {
				context.remove(FRACTION_READ);
			}
			else {
				context.putDouble(FRACTION_READ, read);
			}
		}
	}

	@Override
	protected void doClose() {
		if (this.reader != null) {
			this.reader.close();
		}
	}

}
