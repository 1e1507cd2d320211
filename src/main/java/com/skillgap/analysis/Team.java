package com.skillgap.analysis;

import java.util.List;

/** A team as imported: its id (e.g. {@code platform-team}), display name and members in sheet order. */
public record Team(String id, String name, List<Person> members) {

	public Team {
		members = List.copyOf(members);
	}

}
