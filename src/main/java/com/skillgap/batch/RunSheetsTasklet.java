package com.skillgap.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.skillgap.intake.InputFile;
import com.skillgap.intake.InputFiles;
import com.skillgap.store.Upload;
import com.skillgap.store.UploadLog;

/**
 * The job's first step: chooses the run's sheets and keeps them in the job's context ({@link RunSheets}). A quarterly
 * run takes each team's latest uploaded sheet; any other run its inputs (files, or every file of a folder).
 */
class RunSheetsTasklet implements Tasklet {

	private final List<String> inputs;

	private final Long uploadId;

	private final Instant sheetsUpTo;

	private final UploadLog uploads;

	private final Path uploadFolder;

	/**
	 * @param sheetsUpTo for a quarterly run, the instant the latest sheets were uploaded before; {@code null} for a
	 * run of its inputs
	 */
	RunSheetsTasklet(List<String> inputs, Long uploadId, Instant sheetsUpTo, UploadLog uploads, Path uploadFolder) {
		this.inputs = inputs;
		this.uploadId = uploadId;
		this.sheetsUpTo = sheetsUpTo;
		this.uploads = uploads;
		this.uploadFolder = uploadFolder;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		ExecutionContext jobContext = contribution.getStepExecution().getJobExecution().getExecutionContext();
		if (!RunSheets.stored(jobContext)) {
			RunSheets.store(jobContext, (this.sheetsUpTo != null) ? latestSheets() : inputSheets());
		}
		return RepeatStatus.FINISHED;
	}

	private List<RunSheets.Sheet> inputSheets() throws IOException {
		// an uploaded sheet goes by the name it was uploaded with, never the stored file's generated one
		Optional<String> uploadedAs = (this.uploadId == null) ? Optional.empty()
				: this.uploads.find(this.uploadId).map(Upload::originalName);
		List<RunSheets.Sheet> sheets = new ArrayList<>();
		for (InputFile file : InputFiles.expand(this.inputs)) {
			sheets.add(new RunSheets.Sheet(file.path().toString(), uploadedAs.orElse(file.displayPath()), null, null,
					this.uploadId));
		}
		return sheets;
	}

	/** Each team from its latest sheet, named as it was uploaded; never the stored file's generated name. */
	private List<RunSheets.Sheet> latestSheets() {
		List<RunSheets.Sheet> sheets = new ArrayList<>();
		for (Map.Entry<Upload, Set<String>> latest : this.uploads.latestSheets(this.sheetsUpTo).entrySet()) {
			Upload upload = latest.getKey();
			sheets.add(new RunSheets.Sheet(this.uploadFolder.resolve(upload.storedName()).toString(),
					upload.originalName() + " (upload " + upload.id() + ")", upload.defaultTeam(),
					List.copyOf(latest.getValue()), upload.id()));
		}
		return sheets;
	}

}
