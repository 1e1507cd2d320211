package com.skillgap.matrix;

import java.util.List;
import java.util.Map;

/**
 * One row of the matrix: a responsibility, the level each role requires of it (absent or 0: not part of that role),
 * its weight (1 useful, 2 important, 3 critical) and what to learn next.
 */
public record Responsibility(String id, String name, String area, String description, List<String> aliases,
		int weight, Map<String, Integer> required, List<String> learning) {

	public Responsibility {
		aliases = List.copyOf(aliases);
		required = Map.copyOf(required);
		learning = List.copyOf(learning);
	}

	/** The level a role requires, 0 when the responsibility is not part of that role. */
	public int requiredBy(String roleId) {
		return this.required.getOrDefault(roleId, 0);
	}

	public boolean isRequiredBy(String roleId) {
		return requiredBy(roleId) > 0;
	}

}
