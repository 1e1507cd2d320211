package com.skillgap.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who gets a team's message: the managers named by the upload, the sheet and the configuration together, each once
 * however it is written (addresses compare without regard to case).
 */
public final class TeamRecipients {

	private TeamRecipients() {
	}

	/** The addresses of all sources in their order; an entry may hold several separated by commas or semicolons. */
	@SafeVarargs
	public static List<String> of(Collection<String>... sources) {
		Set<String> seen = new TreeSet<>();
		List<String> recipients = new ArrayList<>();
		for (Collection<String> source : sources) {
			for (String entry : source) {
				if (entry == null) {
					continue;
				}
				for (String address : entry.split("[,;]")) {
					String trimmed = address.strip();
					if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
						recipients.add(trimmed);
					}
				}
			}
		}
		return recipients;
	}

}
