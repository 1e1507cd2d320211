package com.skillgap.batch;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Quarter labels such as {@code 2026-Q4}. */
public final class QuarterLabel {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}-Q[1-4]");

	private QuarterLabel() {
	}

	public static String of(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}

	public static boolean isValid(String label) {
		return label != null && FORMAT.matcher(label).matches();
	}

}
