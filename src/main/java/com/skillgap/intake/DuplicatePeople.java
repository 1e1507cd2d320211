package com.skillgap.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.skillgap.analysis.PersonKey;

/**
 * Remembers who has been imported into each team of a run, so a later row for the same person can be rejected. Two
 * rows are the same person exactly when their emails are equal ignoring case if both have one, else when their names
 * are equal after lower-casing and collapsing spaces.
 */
public final class DuplicatePeople {

	/** Where a person was first seen, for the rejection message. */
	public record FirstSeen(InputFile file, int row, String name) {
	}

	private record Seen(FirstSeen where, boolean hasEmail) {
	}

	private final Map<String, Map<String, FirstSeen>> byEmail = new HashMap<>();

	private final Map<String, Map<String, List<Seen>>> byName = new HashMap<>();

	/** The earlier row this person duplicates, if any. */
	public Optional<FirstSeen> earlier(String teamId, String name, String email) {
		if (email != null) {
			FirstSeen sameEmail = this.byEmail.getOrDefault(teamId, Map.of()).get(PersonKey.email(email));
			if (sameEmail != null) {
				return Optional.of(sameEmail);
			}
		}
		return this.byName.getOrDefault(teamId, Map.of())
			.getOrDefault(PersonKey.name(name), List.of())
			.stream()
			.filter(seen -> email == null || !seen.hasEmail())
			.map(Seen::where)
			.findFirst();
	}

	/** Forgets everyone first seen in a file, as if it had not been read. */
	public void forget(InputFile file) {
		this.byEmail.values().forEach(team -> team.values().removeIf(first -> first.file().equals(file)));
		this.byName.values()
			.forEach(team -> team.values().forEach(seen -> seen.removeIf(one -> one.where().file().equals(file))));
	}

	public void remember(String teamId, String name, String email, FirstSeen where) {
		if (email != null) {
			this.byEmail.computeIfAbsent(teamId, team -> new HashMap<>()).putIfAbsent(PersonKey.email(email), where);
		}
		this.byName.computeIfAbsent(teamId, team -> new HashMap<>())
			.computeIfAbsent(PersonKey.name(name), key -> new ArrayList<>())
			.add(new Seen(where, email != null));
	}

}
