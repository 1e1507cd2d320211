package com.skillgap.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How two rows are recognised as one person (duplicates within a run, and the same person across quarters): by
 * email ignoring case when both have one, else by name lower-cased with spaces collapsed.
 */
public final class PersonKey {

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private PersonKey() {
	}

	public static String email(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/** Lower-cased, every run of spaces (including no-break and other Unicode spaces) one space, trimmed. */
	public static String name(String name) {
		return SPACES.matcher(name).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether two people are the same: emails equal ignoring case when both have one, else names equal after
	 * lower-casing and collapsing spaces.
	 */
	public static boolean samePerson(Person one, Person other) {
		if (one.email() != null && other.email() != null) {
			return email(one.email()).equals(email(other.email()));
		}
		return name(one.name()).equals(name(other.name()));
	}

}
