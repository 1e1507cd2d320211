package com.skillgap.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillgap.analysis.Person;
import com.skillgap.matrix.IdentityColumn;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;

/**
 * Turns the data rows of a run into people: reads identity and rating cells, reports every bad cell, and rejects a
 * row with no name or a later row for a person already imported into the same team. One instance per run: it
 * remembers who was imported.
 */
public final class RowImporter {

	private final Matrix matrix;

	private final DuplicatePeople imported = new DuplicatePeople();

	public RowImporter(Matrix matrix) {
		this.matrix = matrix;
	}

	public ImportedRow importRow(DataRow dataRow) throws RejectedRowException {
		SheetContext context = dataRow.context();
		SheetRow row = dataRow.row();
		String name = identity(context, row, IdentityColumn.PERSON);
		if (name == null) {
			throw new RejectedRowException(rowError(context, row, "row " + row.number() + ": no name"));
		}
		String email = identity(context, row, IdentityColumn.EMAIL);
		String teamName = identity(context, row, IdentityColumn.TEAM);
		if (teamName == null) {
			teamName = context.defaultTeam() != null ? context.defaultTeam() : context.file().baseName();
		}
		String teamId = TeamIdentity.idOf(teamName);
		var earlier = this.imported.earlier(teamId, name, email);
		if (earlier.isPresent()) {
			DuplicatePeople.FirstSeen first = earlier.get();
			String where = first.file().equals(context.file()) ? "row " + first.row()
					: first.file().displayPath() + " row " + first.row();
			throw new RejectedRowException(rowError(context, row,
					"row " + row.number() + ": duplicate of " + where + " (" + first.name() + ")"));
		}
		List<DataIssue> cellIssues = new ArrayList<>();
		Map<String, Integer> levels = new LinkedHashMap<>();
		for (Map.Entry<Integer, Responsibility> column : context.layout().ratings().entrySet()) {
			SheetCell cell = row.cell(column.getKey()).orElse(null);
			switch (Rating.of(cell, this.matrix.scale())) {
				case Rating.Level level -> levels.put(column.getValue().id(), level.value());
				case Rating.NotAssessed notAssessed -> {
				}
				case Rating.Invalid invalid -> cellIssues.add(new DataIssue(Severity.ERROR,
						context.file().displayPath(), context.sheet(), cell.address(row.number()), row.number(),
						invalid.message() + " (" + column.getValue().name() + " for " + name
								+ "; counted as not assessed)"));
			}
		}
		Person person = new Person(name, email, identity(context, row, IdentityColumn.CURRENT_ROLE),
				identity(context, row, IdentityColumn.TARGET_ROLE), levels);
		this.imported.remember(teamId, name, email, new DuplicatePeople.FirstSeen(context.file(), row.number(), name));
		return new ImportedRow(context.file(), context.sheet(), row.number(), teamId, teamName, person,
				managers(identity(context, row, IdentityColumn.MANAGERS)),
				identity(context, row, IdentityColumn.ASSESSED_ON), cellIssues);
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

	private static DataIssue rowError(SheetContext context, SheetRow row, String message) {
		return new DataIssue(Severity.ERROR, context.file().displayPath(), context.sheet(), null, row.number(),
				message);
	}

}
