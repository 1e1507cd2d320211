package com.skillgap.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import tools.jackson.databind.json.JsonMapper;

import com.skillgap.intake.InputFile;

/**
 * The sheets a run reads, chosen once at its start and kept in the job's context: a restarted run reads the same
 * files in the same order, so its saved position still points at the same row, whatever arrived since.
 */
final class RunSheets {

	static final String KEY = "run.sheets";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RunSheets() {
	}

	/**
	 * One sheet of a run.
	 *
	 * @param defaultTeam the team of its rows without a team cell, {@code null} for the run's
	 * @param onlyTeams the teams taken from it, {@code null} for all
	 * @param uploadId the upload it came from, whose managers are mailed, {@code null} for a file of the input folder
	 */
	record Sheet(String path, String displayPath, String defaultTeam, List<String> onlyTeams, Long uploadId) {

		InputFile file(int index) {
			return new InputFile(index, this.displayPath, Path.of(this.path), this.defaultTeam,
					(this.onlyTeams == null) ? null : Set.copyOf(this.onlyTeams));
		}

	}

	static void store(ExecutionContext jobContext, List<Sheet> sheets) {
		jobContext.putString(KEY, JSON.writeValueAsString(sheets.toArray(Sheet[]::new)));
	}

	static boolean stored(ExecutionContext jobContext) {
		return jobContext.containsKey(KEY);
	}

	static List<Sheet> of(ExecutionContext jobContext) {
		if (!jobContext.containsKey(KEY)) {
			throw new IllegalStateException("the run's sheets were not chosen");
		}
		return Arrays.asList(JSON.readValue(jobContext.getString(KEY), Sheet[].class));
	}

	static List<InputFile> files(ExecutionContext jobContext) {
		List<Sheet> sheets = of(jobContext);
		List<InputFile> files = new ArrayList<>(sheets.size());
		for (Sheet sheet : sheets) {
			files.add(sheet.file(files.size()));
		}
		return files;
	}

}
