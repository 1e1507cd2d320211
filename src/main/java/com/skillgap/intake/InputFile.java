package com.skillgap.intake;

import java.nio.file.Path;

/**
 * One file of a run.
 *
 * @param index the file's place in the run (order of {@code --input} arguments, then file names), which decides
 * which of two duplicate rows is "later"
 * @param displayPath the path as given: a folder argument joined with the file's name
 * @param path where to read it
 */
public record InputFile(int index, String displayPath, Path path) {

	/** The file's name without its extension: the team name when nothing else names one. */
	public String baseName() {
		String name = this.path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
