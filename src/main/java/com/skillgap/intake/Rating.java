package com.skillgap.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.skillgap.matrix.ProficiencyScale;

/**
 * What a rating cell means: a level of the scale, "not assessed" (which is not level 0), or an error that says what
 * to write instead.
 */
public sealed interface Rating {

	/** A level of the scale. */
	record Level(int value) implements Rating {
	}

	/** Blank, or a marker such as {@code N/A} or {@code -}: nobody assessed this. */
	record NotAssessed() implements Rating {
	}

	/** Anything else; the responsibility counts as not assessed and the cell is reported. */
	record Invalid(String message) implements Rating {
	}

	Set<String> NOT_ASSESSED_MARKERS = Set.of("n/a", "na", "-", "–", "—", "?");

	Pattern WHOLE_NUMBER = Pattern.compile("\\+?(\\d{1,9})(?:\\.0*)?");

	/** Reads a cell ({@code null} when the row has none in that column) against a scale. */
	static Rating of(SheetCell cell, ProficiencyScale scale) {
		if (cell == null || cell.isBlank()) {
			return new NotAssessed();
		}
		String text = cell.text().strip();
		return switch (cell.kind()) {
			case TEXT -> ofText(text, scale);
			case NUMBER -> ofNumber(cell.number(), text, scale);
			case DATE -> new Invalid(DataIssue.quote(text) + " is a date, not a level: " + hint(scale));
			case BOOLEAN -> new Invalid(DataIssue.quote(text) + " is a true/false value, not a level: " + hint(scale));
			case ERROR -> new Invalid("the formula gives the error " + DataIssue.clip(text) + ", not a level: fix the formula or type "
					+ hint(scale).substring("use ".length()));
		};
	}

	private static Rating ofText(String text, ProficiencyScale scale) {
		if (NOT_ASSESSED_MARKERS.contains(text.toLowerCase(Locale.ROOT))) {
			return new NotAssessed();
		}
		Matcher number = WHOLE_NUMBER.matcher(text);
		if (number.matches()) {
			int level = Integer.parseInt(number.group(1));
			return scale.contains(level) ? new Level(level)
					: new Invalid(DataIssue.quote(text) + " is not a level: " + hint(scale));
		}
		return scale.byName(text)
			.<Rating>map(level -> new Level(level.level()))
			.orElseGet(() -> new Invalid(DataIssue.quote(text) + " is not a level: " + hint(scale)));
	}

	private static Rating ofNumber(double number, String text, ProficiencyScale scale) {
		if (number == Math.rint(number) && scale.contains((int) number)) {
			return new Level((int) number);
		}
		return new Invalid(DataIssue.quote(text) + " is not a level: " + hint(scale));
	}

	/** e.g. {@code use 0–4 or None … Expert}. */
	private static String hint(ProficiencyScale scale) {
		return "use 0–" + scale.highest() + " or " + scale.level(0).name() + " … "
				+ scale.level(scale.highest()).name();
	}

}
