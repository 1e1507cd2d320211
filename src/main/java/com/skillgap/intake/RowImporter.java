package com.skillgap.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.skillgap.analysis.Person;
import com.skillgap.matrix.IdentityColumn;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;

/**
 * Turns the data rows of a run into people: reads identity and rating cells, reports every bad cell, and rejects a
 * row with no name or a later row for a person already imported into the same team. In long layout a row adds one
 * responsibility to a person, and the later of two rows for the same person and responsibility is rejected. One
 * instance per run: it remembers who was imported.
 */
public final class RowImporter {

	/** The longest text each identity cell may hold. */
	private static final Map<IdentityColumn, Integer> IDENTITY_LENGTHS = new EnumMap<>(Map.of(IdentityColumn.PERSON, 200,
			IdentityColumn.EMAIL, 320, IdentityColumn.TEAM, 200, IdentityColumn.CURRENT_ROLE, 200,
			IdentityColumn.TARGET_ROLE, 200, IdentityColumn.MANAGERS, 2000, IdentityColumn.SKILL, 500));

	/** Unicode decomposition can lengthen a name, so the id is checked too. */
	private static final int MAX_TEAM_ID = 200;

	private final Matrix matrix;

	private final DuplicatePeople imported = new DuplicatePeople();

	/** For each person started by a long-layout row: the row that gave each responsibility. */
	private final Map<DuplicatePeople.FirstSeen, Map<String, Integer>> longLayoutPeople = new HashMap<>();

	/** The teams rows may be imported for; {@code null} for any team. */
	private final Set<String> allowedTeams;

	/** An importer of rows of any team. */
	public RowImporter(Matrix matrix) {
		this(matrix, null);
	}

	/**
	 * An importer that rejects every row of a team outside {@code allowedTeams} (team ids), e.g. the teams of the
	 * manager who uploaded the file, so an empty set rejects every row; {@code null} allows any team.
	 */
	public RowImporter(Matrix matrix, Set<String> allowedTeams) {
		this.matrix = matrix;
		this.allowedTeams = (allowedTeams == null) ? null : Set.copyOf(allowedTeams);
	}

	/**
	 * The row's person, or {@code null} when the row's team is taken from another file of the run
	 * ({@link InputFile#takes}).
	 *
	 * @throws RejectedRowException when the row cannot be imported, with the reason
	 */
	public ImportedRow importRow(DataRow dataRow) throws RejectedRowException {
		SheetContext context = dataRow.context();
		SheetRow row = dataRow.row();
		checkIdentityLengths(context, row);
		String name = identity(context, row, IdentityColumn.PERSON);
		String email = identity(context, row, IdentityColumn.EMAIL);
		String teamCell = identity(context, row, IdentityColumn.TEAM);
		String teamName = (teamCell != null) ? teamCell
				: (context.defaultTeam() != null) ? context.defaultTeam() : context.file().baseName();
		String teamId = TeamIdentity.idOf(teamName);
		boolean teamIdFits = teamId.length() <= MAX_TEAM_ID;
		if (name == null) {
			// a blank Team cell says nothing of whose row it was, and a team the run may not write has no report
			boolean named = teamCell != null || context.layout().column(IdentityColumn.TEAM).isEmpty();
			throw rejected(context, row, "no name", (named && teamIdFits && mayWrite(teamId)) ? teamId : null);
		}
		if (!teamIdFits) {
			throw rejected(context, row, "the team name makes an id longer than " + MAX_TEAM_ID + " characters");
		}
		if (!context.file().takes(teamId)) {
			return null;
		}
		if (!mayWrite(teamId)) {
			throw rejected(context, row, "team '" + DataIssue.clip(teamName) + "' is not one of the teams you may "
					+ "upload for (" + String.join(", ", new TreeSet<>(this.allowedTeams)) + ")");
		}
		Optional<DuplicatePeople.FirstSeen> earlier = this.imported.earlier(teamId, name, email);
		List<DataIssue> issues = new ArrayList<>();
		Map<String, Integer> levels = new LinkedHashMap<>();
		Integer samePersonAs = context.layout().longLayout()
				? readLongRow(context, row, teamId, name, email, earlier, levels, issues)
				: readWideRow(context, row, teamId, name, email, earlier, levels, issues);
		Person person = new Person(name, email, identity(context, row, IdentityColumn.CURRENT_ROLE),
				identity(context, row, IdentityColumn.TARGET_ROLE), levels);
		return new ImportedRow(context.file(), context.sheet(), row.number(), teamId, teamName, person,
				managers(identity(context, row, IdentityColumn.MANAGERS)), assessedOn(context, row, issues), issues,
				samePersonAs);
	}

	/** A wide row is one person with a level per rating column; a person seen before makes it a duplicate. */
	private Integer readWideRow(SheetContext context, SheetRow row, String teamId, String name, String email,
			Optional<DuplicatePeople.FirstSeen> earlier, Map<String, Integer> levels, List<DataIssue> issues)
			throws RejectedRowException {
		if (earlier.isPresent()) {
			throw duplicate(context, row, earlier.get(), teamId);
		}
		for (Map.Entry<Integer, Responsibility> column : context.layout().ratings().entrySet()) {
			readRating(context, row, column.getKey(), column.getValue(), name, levels, issues);
		}
		remember(context, row, teamId, name, email);
		return null;
	}

	/**
	 * A long row gives one responsibility of a person. It starts the person, or adds to the person started by an
	 * earlier long row of the same file (whose row number it returns); a person from another file or from a wide
	 * row makes it a duplicate, and so does a responsibility the person already has.
	 */
	private Integer readLongRow(SheetContext context, SheetRow row, String teamId, String name, String email,
			Optional<DuplicatePeople.FirstSeen> earlier, Map<String, Integer> levels, List<DataIssue> issues)
			throws RejectedRowException {
		Responsibility responsibility = responsibility(context, row, teamId);
		Map<String, Integer> rated = earlier.map(this.longLayoutPeople::get).orElse(null);
		if (earlier.isPresent() && (rated == null || !earlier.get().file().equals(context.file()))) {
			throw duplicate(context, row, earlier.get(), teamId);
		}
		if (rated != null && rated.containsKey(responsibility.id())) {
			throw rejected(context, row, "duplicate of row " + rated.get(responsibility.id()) + " for "
					+ responsibility.name(), teamId);
		}
		int levelColumn = context.layout().column(IdentityColumn.LEVEL).orElseThrow();
		readRating(context, row, levelColumn, responsibility, name, levels, issues);
		if (rated != null) {
			rated.put(responsibility.id(), row.number());
			return earlier.get().row();
		}
		this.longLayoutPeople.computeIfAbsent(remember(context, row, teamId, name, email), first -> new HashMap<>())
			.put(responsibility.id(), row.number());
		return null;
	}

	/**
	 * Identity cells longer than any real one (and than the history keeps) reject the row: a name of thousands of
	 * characters is a mistake or an attack, and cutting it would make another person of it.
	 */
	private static void checkIdentityLengths(SheetContext context, SheetRow row) throws RejectedRowException {
		for (Map.Entry<IdentityColumn, Integer> limit : IDENTITY_LENGTHS.entrySet()) {
			String text = identity(context, row, limit.getKey());
			if (text != null && text.length() > limit.getValue()) {
				throw rejected(context, row, "the " + limit.getKey().headers().get(0) + " cell holds more than "
						+ limit.getValue() + " characters");
			}
		}
	}

	/** Forgets the people of a file that was rejected after some of its rows were read. */
	public void forget(InputFile file) {
		this.imported.forget(file);
		this.longLayoutPeople.keySet().removeIf(first -> first.file().equals(file));
	}

	private DuplicatePeople.FirstSeen remember(SheetContext context, SheetRow row, String teamId, String name,
			String email) {
		DuplicatePeople.FirstSeen first = new DuplicatePeople.FirstSeen(context.file(), row.number(), name);
		this.imported.remember(teamId, name, email, first);
		return first;
	}

	/** The responsibility a long-layout row names; a blank or unknown skill rejects the row. */
	private Responsibility responsibility(SheetContext context, SheetRow row, String teamId)
			throws RejectedRowException {
		String skill = identity(context, row, IdentityColumn.SKILL);
		if (skill == null) {
			throw rejected(context, row, "no skill (column "
					+ SheetCell.columnName(context.layout().column(IdentityColumn.SKILL).orElseThrow()) + " is blank)",
					teamId);
		}
		Optional<Responsibility> responsibility = this.matrix.findResponsibility(skill);
		if (responsibility.isEmpty()) {
			throw rejected(context, row, DataIssue.quote(skill) + " is not in the matrix", teamId);
		}
		return responsibility.get();
	}

	private void readRating(SheetContext context, SheetRow row, int column, Responsibility responsibility, String name,
			Map<String, Integer> levels, List<DataIssue> issues) {
		SheetCell cell = row.cell(column).orElse(null);
		switch (Rating.of(cell, this.matrix.scale())) {
			case Rating.Level level -> levels.put(responsibility.id(), level.value());
			case Rating.NotAssessed notAssessed -> {
			}
			case Rating.Invalid invalid -> issues.add(new DataIssue(Severity.ERROR, context.file().displayPath(),
					context.sheet(), cell.address(row.number()), row.number(), invalid.message() + " ("
							+ responsibility.name() + " for " + name + "; counted as not assessed)"));
		}
	}

	/**
	 * The assessed-on cell as an ISO date: an Excel date or ISO text ({@code 2026-10-01}). Anything else is reported
	 * and left out; the rest of the row is used.
	 */
	private static String assessedOn(SheetContext context, SheetRow row, List<DataIssue> issues) {
		Optional<Integer> column = context.layout().column(IdentityColumn.ASSESSED_ON);
		Optional<SheetCell> cell = column.flatMap(row::cell).filter(found -> !found.isBlank());
		if (cell.isEmpty()) {
			return null;
		}
		String text = cell.get().text().strip();
		if (cell.get().kind() == CellKind.DATE) {
			return text.length() > 10 ? text.substring(0, 10) : text;
		}
		try {
			return LocalDate.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			issues.add(new DataIssue(Severity.WARNING, context.file().displayPath(), context.sheet(),
					cell.get().address(row.number()), row.number(), DataIssue.quote(text) + " is not a date: write the "
							+ "assessment date as YYYY-MM-DD or as an Excel date; the row was used without it"));
			return null;
		}
	}

	private static String identity(SheetContext context, SheetRow row, IdentityColumn column) {
		return context.layout().column(column).map(row::text).orElse(null);
	}

	private static List<String> managers(String cell) {
		if (cell == null) {
			return List.of();
		}
		List<String> managers = new ArrayList<>();
		for (String manager : cell.split("[,;]")) {
			if (!manager.isBlank()) {
				managers.add(manager.strip());
			}
		}
		return managers;
	}

	/** Whether the run may write the team: any team, or one of those the upload was allowed. */
	private boolean mayWrite(String teamId) {
		return this.allowedTeams == null || this.allowedTeams.contains(teamId);
	}

	private static RejectedRowException duplicate(SheetContext context, SheetRow row, DuplicatePeople.FirstSeen first,
			String teamId) {
		String where = first.file().equals(context.file()) ? "row " + first.row()
				: first.file().displayPath() + " row " + first.row();
		return rejected(context, row, "duplicate of " + where + " (" + first.name() + ")", teamId);
	}

	/** A row rejected as no team's: every team of its file sees it. */
	private static RejectedRowException rejected(SheetContext context, SheetRow row, String reason) {
		return rejected(context, row, reason, null);
	}

	private static RejectedRowException rejected(SheetContext context, SheetRow row, String reason, String teamId) {
		return new RejectedRowException(new DataIssue(Severity.ERROR, context.file().displayPath(), context.sheet(),
				null, row.number(), "row " + row.number() + ": " + reason), teamId);
	}

}
