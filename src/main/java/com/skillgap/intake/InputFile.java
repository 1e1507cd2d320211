package com.skillgap.intake;

import java.nio.file.Path;
import java.util.Set;

/**
 * One file of a run.
 *
 * @param index the file's place in the run (order of {@code --input} arguments, then file names), which decides
 * which of two duplicate rows is "later"
 * @param displayPath the path as given: a folder argument joined with the file's name
 * @param path where to read it
 * @param defaultTeam the team of its rows without a team cell, {@code null} for the run's
 * @param onlyTeams the team ids whose rows are taken from this file, {@code null} for every team: a quarterly run
 * takes each team from its latest sheet, and skips, without a data issue, the rows of teams a later sheet replaced
 */
public record InputFile(int index, String displayPath, Path path, String defaultTeam, Set<String> onlyTeams) {

	public InputFile {
		onlyTeams = (onlyTeams == null) ? null : Set.copyOf(onlyTeams);
	}

	/** A file of a run whose rows are all taken, named by their team cell or the run's team. */
	public InputFile(int index, String displayPath, Path path) {
		this(index, displayPath, path, null, null);
	}

	/** Whether the rows of the team are taken from this file. */
	public boolean takes(String teamId) {
		return this.onlyTeams == null || this.onlyTeams.contains(teamId);
	}

	/** The file's name without its extension: the team name when nothing else names one. */
	public String baseName() {
		String name = this.path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
