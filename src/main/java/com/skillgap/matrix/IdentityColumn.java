package com.skillgap.matrix;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns a team sheet may carry beside the matrix's responsibilities. Their headers are reserved: a matrix may
 * not name a responsibility after one of them.
 */
public enum IdentityColumn {

	PERSON("Name", "Full name", "Employee", "Person", "Engineer", "Team member"),
	EMAIL("Email", "E-mail", "Email address", "Mail"),
	TEAM("Team", "Squad", "Group"),
	CURRENT_ROLE("Role", "Current role", "Job title", "Position", "Title"),
	TARGET_ROLE("Target role", "Target", "Desired role", "Aspiration"),
	MANAGERS("Manager email", "Manager", "Lead email"),
	ASSESSED_ON("Assessed on", "Assessment date", "Date", "Last reviewed"),
	/** The responsibility column of a sheet in long layout (one row per person and responsibility). */
	SKILL("Skill", "Responsibility", "Competency"),
	/** The level column of a sheet in long layout. */
	LEVEL("Level", "Rating", "Score", "Proficiency");

	private final List<String> headers;

	private final Set<String> normalisedHeaders;

	IdentityColumn(String... headers) {
		this.headers = List.of(headers);
		this.normalisedHeaders = Stream.of(headers).map(HeaderText::normalise).collect(Collectors.toUnmodifiableSet());
	}

	/** The headers that name this column, as a manager would write them. */
	public List<String> headers() {
		return this.headers;
	}

	/** The column a header names, if it is one of the identity headers. */
	public static Optional<IdentityColumn> forHeader(String header) {
		String normalised = HeaderText.normalise(header);
		return Stream.of(values()).filter(column -> column.normalisedHeaders.contains(normalised)).findFirst();
	}

	/** Whether a text, once normalised, is one of the reserved identity headers. */
	public static boolean isReserved(String text) {
		return forHeader(text).isPresent();
	}

}
