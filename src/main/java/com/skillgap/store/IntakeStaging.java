package com.skillgap.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.skillgap.analysis.Person;
import com.skillgap.analysis.Team;
import com.skillgap.intake.DataIssue;
import com.skillgap.intake.FileOutcome;
import com.skillgap.intake.DataRow;
import com.skillgap.intake.ImportedRow;
import com.skillgap.intake.IntakeItem;
import com.skillgap.intake.Notice;
import com.skillgap.intake.Severity;

/** What one run read from its files: file outcomes, data issues and imported people, keyed by run. */
@Repository
public class IntakeStaging {

	private static final String INSERT_ISSUE = "INSERT INTO intake_issue (run_id, file_index, severity, sheet_name, "
			+ "cell_ref, row_no, message, rejects_row, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int[] ISSUE_TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.INTEGER, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR };

	private static final String SELECT_ISSUES = "SELECT i.id, i.file_index, CASE WHEN i.row_no IS NULL THEN 0 ELSE 1 END "
			+ "AS has_row, i.row_no, i.severity, f.file_path, i.sheet_name, i.cell_ref, i.message FROM intake_issue i "
			+ "JOIN intake_file f ON f.run_id = i.run_id AND f.file_index = i.file_index WHERE ";

	private static final String ISSUE_ORDER = " ORDER BY file_index, has_row, row_no, id";

	private static final int[] PERSON_TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.INTEGER,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR };

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

	/** Records a data issue of the team {@code teamId}, or of its file as a whole when that is {@code null}. */
	public void saveIssue(long runId, int fileIndex, DataIssue issue, boolean rejectsRow, String teamId) {
		this.jdbc.update(INSERT_ISSUE, issueRow(runId, fileIndex, issue, rejectsRow, teamId), ISSUE_TYPES);
	}

	private static Object[] issueRow(long runId, int fileIndex, DataIssue issue, boolean rejectsRow, String teamId) {
		return new Object[] { runId, fileIndex, issue.severity().code(), issue.sheet(), issue.cell(), issue.row(),
				issue.message(), rejectsRow, teamId };
	}

	/**
	 * Stores what one chunk of the import read, in its order: new people and data issues in batches, a file's rows
	 * counted once per chunk. What must see the rows before it, a file's outcome or a long-layout row adding to a
	 * person, is stored after them.
	 */
	public void save(long runId, List<? extends IntakeItem> items) {
		ChunkInserts inserts = new ChunkInserts(runId);
		for (IntakeItem item : items) {
			switch (item) {
				case FileOutcome outcome -> {
					inserts.flush();
					saveOutcome(runId, outcome);
				}
				case Notice notice -> inserts.issue(notice.file().index(), notice.issue(), null);
				case ImportedRow row -> {
					if (row.samePersonAsRow() == null) {
						inserts.person(row);
					}
					else {
						inserts.flush();
						addToPerson(runId, row);
					}
					row.cellIssues().forEach(issue -> inserts.issue(row.file().index(), issue, row.teamId()));
					inserts.countRow(row.file().index());
				}
				case DataRow row -> throw new IllegalStateException("row " + row.row().number() + " was not processed");
			}
		}
		inserts.flush();
	}

	/** Adds a long-layout row's level to its person, and fills in what earlier rows of the person left blank. */
	private void addToPerson(long runId, ImportedRow row) {
		Person person = row.person();
		Map<String, Object> stored = this.jdbc.queryForMap("SELECT id, levels FROM intake_person WHERE run_id = ? "
				+ "AND file_index = ? AND row_no = ?", runId, row.file().index(), row.samePersonAsRow());
		Map<String, Integer> levels = LevelsText.levels((String) stored.get("levels"));
		levels.putAll(person.levels());
		this.jdbc.update("UPDATE intake_person SET email = COALESCE(email, ?), role_text = COALESCE(role_text, ?), "
				+ "target_role = COALESCE(target_role, ?), assessed_on = COALESCE(assessed_on, ?), "
				+ "managers = CASE WHEN managers IS NULL OR managers = '' THEN ? ELSE managers END, levels = ? "
				+ "WHERE id = ?", person.email(), person.currentRole(), person.targetRole(), row.assessedOn(),
				String.join(";", row.managers()), LevelsText.text(levels), ((Number) stored.get("id")).longValue());
	}

	/** The inserts of one chunk, sent as one batch per table. */
	private final class ChunkInserts {

		private final long runId;

		private final List<Object[]> people = new ArrayList<>();

		private final List<Object[]> issues = new ArrayList<>();

		private final Map<Integer, Integer> rowsPerFile = new TreeMap<>();

		ChunkInserts(long runId) {
			this.runId = runId;
		}

		void person(ImportedRow row) {
			Person person = row.person();
			this.people.add(new Object[] { this.runId, row.file().index(), row.sheet(), row.row(), row.teamId(),
					row.teamName(), person.name(), person.email(), person.currentRole(), person.targetRole(),
					String.join(";", row.managers()), row.assessedOn(), LevelsText.text(person.levels()) });
		}

		void issue(int fileIndex, DataIssue issue, String teamId) {
			this.issues.add(issueRow(this.runId, fileIndex, issue, false, teamId));
		}

		void countRow(int fileIndex) {
			this.rowsPerFile.merge(fileIndex, 1, Integer::sum);
		}

		void flush() {
			if (!this.people.isEmpty()) {
				batch("INSERT INTO intake_person (run_id, file_index, sheet_name, row_no, team_id, team_name, "
						+ "person_name, email, role_text, target_role, managers, assessed_on, levels) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PERSON_TYPES, this.people);
			}
			if (!this.issues.isEmpty()) {
				batch(INSERT_ISSUE, ISSUE_TYPES, this.issues);
			}
			this.rowsPerFile.forEach((fileIndex, rows) -> IntakeStaging.this.jdbc.update(
					"UPDATE intake_file SET rows_imported = rows_imported + ? WHERE run_id = ? AND file_index = ?",
					rows, this.runId, fileIndex));
			this.rowsPerFile.clear();
		}

		private void batch(String sql, int[] types, List<Object[]> rows) {
			IntakeStaging.this.jdbc.batchUpdate(sql, rows, types);
			rows.clear();
		}

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
		List<Person> people = new ArrayList<>();
		Set<String> managers = new LinkedHashSet<>();
		Set<Integer> files = new LinkedHashSet<>();
		String[] teamName = new String[1];
		this.jdbc.query("SELECT file_index, team_name, person_name, email, role_text, target_role, managers, levels "
				+ "FROM intake_person WHERE run_id = ? AND team_id = ? ORDER BY file_index, row_no", rs -> {
					if (teamName[0] == null) {
						teamName[0] = rs.getString("team_name");
					}
					people.add(new Person(rs.getString("person_name"), rs.getString("email"),
							rs.getString("role_text"), rs.getString("target_role"),
							LevelsText.levels(rs.getString("levels"))));
					files.add(rs.getInt("file_index"));
					String cell = rs.getString("managers");
					if (cell != null && !cell.isEmpty()) {
						managers.addAll(List.of(cell.split(";")));
					}
				}, runId, teamId);
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
		return this.jdbc.query(SELECT_ISSUES + "i.run_id = ?" + ISSUE_ORDER, IntakeStaging::issue, runId);
	}

	/**
	 * The data issues a team's reports list: those of the team's own rows, and those of its files that concern no
	 * one team (the file's layout, a row that names no team the run could use).
	 */
	public List<DataIssue> issues(long runId, String teamId, List<Integer> fileIndexes) {
		if (fileIndexes.isEmpty()) {
			return List.of();
		}
		String files = " AND i.file_index IN (" + String.join(", ", fileIndexes.stream().map(String::valueOf).toList())
				+ ")";
		return this.jdbc.query(SELECT_ISSUES + "i.run_id = ? AND i.team_id = ?" + files + " UNION ALL " + SELECT_ISSUES
				+ "i.run_id = ? AND i.team_id IS NULL" + files + ISSUE_ORDER, IntakeStaging::issue, runId, teamId,
				runId);
	}

	private static DataIssue issue(ResultSet rs, int rowNumber) throws SQLException {
		return new DataIssue("error".equals(rs.getString("severity")) ? Severity.ERROR : Severity.WARNING,
				rs.getString("file_path"), rs.getString("sheet_name"), rs.getString("cell_ref"),
				(Integer) rs.getObject("row_no"), rs.getString("message"));
	}

}
