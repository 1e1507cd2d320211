package com.skillgap.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * A person's levels as they are stored, staged or in a team's history: one text of {@code id=level} pairs separated
 * by commas, in responsibility id order, e.g. {@code cloud-storage=3,kubernetes=2}. Responsibility ids are
 * kebab-case, so neither separator can occur in one. One column instead of a row per level makes storing a person
 * one insert instead of 25.
 */
public final class LevelsText {

	private LevelsText() {
	}

	public static String text(Map<String, Integer> levels) {
		StringBuilder text = new StringBuilder(levels.size() * 24);
		new TreeMap<>(levels).forEach((id, level) -> {
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(id).append('=').append(level);
		});
		return text.toString();
	}

	public static Map<String, Integer> levels(String text) {
		Map<String, Integer> levels = new TreeMap<>();
		if (text == null || text.isEmpty()) {
			return levels;
		}
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf(',', start);
			end = (end < 0) ? text.length() : end;
			int equals = text.indexOf('=', start);
			levels.put(text.substring(start, equals), Integer.parseInt(text, equals + 1, end, 10));
			start = end + 1;
		}
		return levels;
	}

}
