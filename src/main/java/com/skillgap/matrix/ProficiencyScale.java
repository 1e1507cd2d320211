package com.skillgap.matrix;

import java.util.List;
import java.util.Optional;

/** The proficiency levels, consecutive from 0. "Not assessed" is not one of them. */
public record ProficiencyScale(List<ScaleLevel> levels) {

	/** The scale used when a matrix file names none. */
	public static final ProficiencyScale DEFAULT = new ProficiencyScale(List.of(
			new ScaleLevel(0, "None", "no exposure"),
			new ScaleLevel(1, "Awareness", "knows the concepts; needs supervision to do the work"),
			new ScaleLevel(2, "Working", "does routine work alone"),
			new ScaleLevel(3, "Practitioner", "fully competent; handles complex cases alone"),
			new ScaleLevel(4, "Expert", "leads, designs, teaches others")));

	public ProficiencyScale {
		levels = List.copyOf(levels);
	}

	public int highest() {
		return this.levels.size() - 1;
	}

	public boolean contains(int level) {
		return level >= 0 && level <= highest();
	}

	/** The level whose name matches the text (forgiving comparison), if any. */
	public Optional<ScaleLevel> byName(String text) {
		String wanted = HeaderText.normalise(text);
		return this.levels.stream().filter(level -> HeaderText.normalise(level.name()).equals(wanted)).findFirst();
	}

	public ScaleLevel level(int level) {
		return this.levels.get(level);
	}

}
