package com.skillgap.intake;

import java.util.Locale;

/**
 * How two rows are recognised as one person (duplicates within a run, and the same person across quarters): by
 * email ignoring case when both have one, else by name lower-cased with spaces collapsed.
 */
public final class PersonKey {

	private PersonKey() {
	}

	public static String email(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	public static String name(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
