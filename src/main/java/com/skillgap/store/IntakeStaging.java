package com.skillgap.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.skillgap.analysis.Person;
import com.skillgap.analysis.Team;
import com.skillgap.intake.DataIssue;
import com.skillgap.intake.FileOutcome;
import com.skillgap.intake.ImportedRow;
import com.skillgap.intake.Severity;

/** What one run read from its files: file outcomes, data issues and imported people, keyed by run. */
@Repository
public class IntakeStaging {

	private final JdbcTemplate jdbc;

	public IntakeStaging(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a file's outcome; a rejection replaces an earlier "imported" and removes the file's rows. */
	public void saveOutcome(long runId, FileOutcome outcome) {
		int index = outcome.file().index();
		this.jdbc.update("DELETE FROM intake_file WHERE run_id = ? AND file_index = ?", runId, index);
		this.jdbc.update("INSERT INTO intake_file (run_id, file_index, file_path, status, reason) VALUES (?, ?, ?, ?, ?)",
				runId, index, outcome.file().displayPath(), outcome.imported() ? "imported" : "rejected",
				outcome.reason());
		if (!outcome.imported()) {
			this.jdbc.update("DELETE FROM intake_person WHERE run_id = ? AND file_index = ?", runId, index);
			this.jdbc.update("DELETE FROM intake_issue WHERE run_id = ? AND file_index = ?", runId, index);
		}
	}

	public void saveIssue(long runId, int fileIndex, DataIssue issue, boolean rejectsRow) {
		this.jdbc.update("INSERT INTO intake_issue (run_id, file_index, severity, sheet_name, cell_ref, row_no, message, "
				+ "rejects_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", runId, fileIndex, issue.severity().code(),
				issue.sheet(), issue.cell(), issue.row(), issue.message(), rejectsRow);
	}

	/** Stores an imported row: a new person, or in long layout one more level of a person started earlier. */
	public void saveRow(long runId, ImportedRow row) {
		if (row.samePersonAsRow() == null) {
			savePerson(runId, row);
		}
		else {
			addToPerson(runId, row);
		}
		row.cellIssues().forEach(issue -> saveIssue(runId, row.file().index(), issue, false));
		this.jdbc.update("UPDATE intake_file SET rows_imported = rows_imported + 1 WHERE run_id = ? AND file_index = ?",
				runId, row.file().index());
	}

	private void savePerson(long runId, ImportedRow row) {
		KeyHolder key = new GeneratedKeyHolder();
		Person person = row.person();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("INSERT INTO intake_person (run_id, file_index, sheet_name, "
					+ "row_no, team_id, team_name, person_name, email, role_text, target_role, managers, assessed_on) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			statement.setLong(1, runId);
			statement.setInt(2, row.file().index());
			statement.setString(3, row.sheet());
			statement.setInt(4, row.row());
			statement.setString(5, row.teamId());
			statement.setString(6, row.teamName());
			statement.setString(7, person.name());
			statement.setString(8, person.email());
			statement.setString(9, person.currentRole());
			statement.setString(10, person.targetRole());
			statement.setString(11, String.join(";", row.managers()));
			statement.setString(12, row.assessedOn());
			return statement;
		}, key);
		saveLevels(key.getKey().longValue(), person);
	}

	/** Adds a long-layout row's level to its person, and fills in what earlier rows of the person left blank. */
	private void addToPerson(long runId, ImportedRow row) {
		Person person = row.person();
		long personId = this.jdbc.queryForObject("SELECT id FROM intake_person WHERE run_id = ? AND file_index = ? "
				+ "AND row_no = ?", Long.class, runId, row.file().index(), row.samePersonAsRow());
		this.jdbc.update("UPDATE intake_person SET email = COALESCE(email, ?), role_text = COALESCE(role_text, ?), "
				+ "target_role = COALESCE(target_role, ?), assessed_on = COALESCE(assessed_on, ?), "
				+ "managers = CASE WHEN managers IS NULL OR managers = '' THEN ? ELSE managers END WHERE id = ?",
				person.email(), person.currentRole(), person.targetRole(), row.assessedOn(),
				String.join(";", row.managers()), personId);
		saveLevels(personId, person);
	}

	private void saveLevels(long personId, Person person) {
		this.jdbc.batchUpdate("INSERT INTO intake_level (person_id, responsibility_id, level_value) VALUES (?, ?, ?)",
				person.levels().entrySet().stream()
					.map(level -> new Object[] { personId, level.getKey(), level.getValue() })
					.toList());
	}

	/** How many people the run imported, over all its teams. */
	public int people(long runId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM intake_person WHERE run_id = ?", Integer.class, runId);
	}

	/** Team ids of the run, in order of first appearance. */
	public List<String> teamIds(long runId) {
		return this.jdbc.queryForList("SELECT team_id FROM intake_person WHERE run_id = ? GROUP BY team_id "
				+ "ORDER BY MIN(file_index), MIN(row_no), team_id", String.class, runId);
	}

	public StagedTeam team(long runId, String teamId) {
		Map<Long, String[]> rows = new LinkedHashMap<>();
		Set<String> managers = new LinkedHashSet<>();
		Set<Integer> files = new LinkedHashSet<>();
		String[] teamName = new String[1];
		this.jdbc.query("SELECT id, file_index, team_name, person_name, email, role_text, target_role, managers "
				+ "FROM intake_person WHERE run_id = ? AND team_id = ? ORDER BY file_index, row_no", rs -> {
					if (teamName[0] == null) {
						teamName[0] = rs.getString("team_name");
					}
					rows.put(rs.getLong("id"), new String[] { rs.getString("person_name"), rs.getString("email"),
							rs.getString("role_text"), rs.getString("target_role") });
					files.add(rs.getInt("file_index"));
					String cell = rs.getString("managers");
					if (cell != null && !cell.isEmpty()) {
						managers.addAll(List.of(cell.split(";")));
					}
				}, runId, teamId);
		Map<Long, Map<String, Integer>> levels = new LinkedHashMap<>();
		this.jdbc.query("SELECT l.person_id, l.responsibility_id, l.level_value FROM intake_level l "
				+ "JOIN intake_person p ON p.id = l.person_id WHERE p.run_id = ? AND p.team_id = ?",
				rs -> {
					levels.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
						.put(rs.getString(2), rs.getInt(3));
				}, runId, teamId);
		List<Person> people = new ArrayList<>();
		rows.forEach((id, person) -> people.add(
				new Person(person[0], person[1], person[2], person[3], levels.getOrDefault(id, Map.of()))));
		return new StagedTeam(new Team(teamId, teamName[0], people), List.copyOf(managers), List.copyOf(files));
	}

	/** The files a team's people came from, in order. */
	public List<Integer> fileIndexes(long runId, String teamId) {
		return this.jdbc.queryForList("SELECT DISTINCT file_index FROM intake_person WHERE run_id = ? AND team_id = ? "
				+ "ORDER BY file_index", Integer.class, runId, teamId);
	}

	/** The run's files in order, with their counts. */
	public List<FileRecord> files(long runId) {
		return this.jdbc.query("SELECT f.file_index, f.file_path, f.status, f.reason, f.rows_imported, "
				+ "(SELECT COUNT(*) FROM intake_issue i WHERE i.run_id = f.run_id AND i.file_index = f.file_index "
				+ "AND i.rejects_row = TRUE) FROM intake_file f WHERE f.run_id = ? ORDER BY f.file_index",
				(rs, n) -> new FileRecord(rs.getInt(1), rs.getString(2), "imported".equals(rs.getString(3)),
						rs.getString(4), rs.getInt(5), rs.getInt(6)),
				runId);
	}

	/** The run's data issues, by file, then row, then cell. */
	public List<DataIssue> issues(long runId) {
		return issues("i.run_id = ?", runId);
	}

	/** The data issues of the files a team came from. */
	public List<DataIssue> issues(long runId, List<Integer> fileIndexes) {
		if (fileIndexes.isEmpty()) {
			return List.of();
		}
		String in = String.join(", ", fileIndexes.stream().map(String::valueOf).toList());
		return issues("i.run_id = ? AND i.file_index IN (" + in + ")", runId);
	}

	private List<DataIssue> issues(String where, long runId) {
		return this.jdbc.query("SELECT i.severity, f.file_path, i.sheet_name, i.cell_ref, i.row_no, i.message "
				+ "FROM intake_issue i JOIN intake_file f ON f.run_id = i.run_id AND f.file_index = i.file_index "
				+ "WHERE " + where + " ORDER BY i.file_index, CASE WHEN i.row_no IS NULL THEN 0 ELSE 1 END, i.row_no, i.id",
				(rs, n) -> new DataIssue("error".equals(rs.getString(1)) ? Severity.ERROR : Severity.WARNING,
						rs.getString(2), rs.getString(3), rs.getString(4), (Integer) rs.getObject(5),
						rs.getString(6)),
				runId);
	}

}
