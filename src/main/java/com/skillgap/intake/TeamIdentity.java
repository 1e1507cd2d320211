package com.skillgap.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a team's display name into its id: {@code Équipe Réseau} → {@code equipe-reseau}; nothing left → {@code team}. */
public final class TeamIdentity {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");

	private TeamIdentity() {
	}

	public static String idOf(String name) {
		String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		String id = NOT_ID.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("-");
		id = id.replaceAll("^-+|-+$", "");
		return id.isEmpty() ? "team" : id;
	}

}
