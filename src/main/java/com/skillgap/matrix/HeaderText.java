package com.skillgap.matrix;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forgiving comparison used for headers, role names, level names and aliases: {@code CI/CD Pipelines} and
 * {@code ci cd pipelines} are the same text, {@code CICD} and {@code CI CD} are not.
 */
public final class HeaderText {

	private static final Pattern SEPARATORS = Pattern.compile("[/&\\-_().:\\s\\u00A0]+");

	private HeaderText() {
	}

	/**
	 * Lower-cases, turns each of {@code / & - _ ( ) . :} into a space, collapses spaces and trims. Tabs, line breaks
	 * and the non-breaking space Excel often leaves in headers count as spaces too.
	 */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
