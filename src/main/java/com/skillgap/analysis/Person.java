package com.skillgap.analysis;

import java.util.Map;
import java.util.OptionalInt;

/**
 * One person as imported: display name, optional email, the roles as written in the sheet (trimmed, {@code null} when
 * blank) and the assessed levels by responsibility id. A responsibility missing from {@code levels} was not assessed,
 * which is not the same as level 0.
 */
public record Person(String name, String email, String currentRole, String targetRole, Map<String, Integer> levels) {

	public Person {
		levels = Map.copyOf(levels);
	}

	public OptionalInt level(String responsibilityId) {
		Integer level = this.levels.get(responsibilityId);
		return level == null ? OptionalInt.empty() : OptionalInt.of(level);
	}

	public boolean hasAssessed(String responsibilityId) {
		return this.levels.containsKey(responsibilityId);
	}

	/** The level used for fit and gaps: not assessed counts as 0 (unproven). */
	int levelOrZero(String responsibilityId) {
		return this.levels.getOrDefault(responsibilityId, 0);
	}

}
