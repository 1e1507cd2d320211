package com.skillgap.matrix;

import java.util.List;

/** A role people are measured against, e.g. Cloud Engineer. */
public record Role(String id, String name, List<String> aliases, String objective) {

	public Role {
		aliases = List.copyOf(aliases);
	}

}
