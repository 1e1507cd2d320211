package com.skillgap.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The uploads made through the web, each with the state of the run that analyses it. */
@Repository
public class UploadLog {

	private static final String COLUMNS = "id, stored_name, original_name, team_name, managers, uploaded_by, "
			+ "allowed_teams, uploaded_at, quarter_label, status, failure, job_instance_id, job_execution_id";

	private final JdbcTemplate jdbc;

	public UploadLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a new upload, queued, that may hold any team; returns its run id. */
	public long record(String storedName, String originalName, String teamName, String managers, String uploadedBy,
			Instant uploadedAt, String quarter) {
		return record(storedName, originalName, teamName, managers, uploadedBy, null, uploadedAt, quarter);
	}

	/**
	 * Records a new upload, queued; returns its run id.
	 *
	 * @param allowedTeams the team ids the uploader may upload for, {@code null} for any team
	 */
	public long record(String storedName, String originalName, String teamName, String managers, String uploadedBy,
			Set<String> allowedTeams, Instant uploadedAt, String quarter) {
		return record(storedName, originalName, teamName, managers, uploadedBy, allowedTeams, uploadedAt, quarter, null);
	}

	/**
	 * Records a new upload, queued in a process; returns its run id.
	 *
	 * @param allowedTeams the team ids the uploader may upload for, {@code null} for any team
	 * @param instance the process it is queued in, which runs it unless that process dies first
	 */
	public long record(String storedName, String originalName, String teamName, String managers, String uploadedBy,
			Set<String> allowedTeams, Instant uploadedAt, String quarter, String instance) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("INSERT INTO upload (stored_name, original_name, team_name, "
					+ "managers, uploaded_by, allowed_teams, uploaded_at, quarter_label, status, instance_id) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			statement.setString(1, storedName);
			statement.setString(2, originalName);
			statement.setString(3, teamName);
			statement.setString(4, managers);
			statement.setString(5, uploadedBy);
			statement.setString(6, allowedTeams == null ? null : String.join(",", new TreeSet<>(allowedTeams)));
			statement.setTimestamp(7, Timestamp.from(uploadedAt));
			statement.setString(8, quarter);
			statement.setString(9, Upload.QUEUED);
			statement.setString(10, instance);
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	public void running(long id) {
		this.jdbc.update("UPDATE upload SET status = ? WHERE id = ?", Upload.RUNNING, id);
	}

	public void started(long id, long jobInstanceId, long jobExecutionId) {
		this.jdbc.update("UPDATE upload SET job_instance_id = ?, job_execution_id = ? WHERE id = ?", jobInstanceId,
				jobExecutionId, id);
	}

	public void finished(long id, boolean completed, String failure) {
		this.jdbc.update("UPDATE upload SET status = ?, failure = ? WHERE id = ?",
				completed ? Upload.COMPLETED : Upload.FAILED, failure, id);
	}


	public Optional<Upload> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM upload WHERE id = ?", UploadLog::upload, id)
			.stream()
			.findFirst();
	}

	/**
	 * Each team's latest sheet uploaded before the instant whose run imported rows of the team: the sheets a
	 * quarterly run analyses, each with the teams it is the latest for, in order of upload.
	 */
	public Map<Upload, Set<String>> latestSheets(Instant before) {
		Map<String, Upload> latest = new LinkedHashMap<>();
		this.jdbc.query("SELECT DISTINCT p.team_id, " + prefixed("u") + " FROM upload u JOIN intake_person p "
				+ "ON p.run_id = u.job_instance_id WHERE u.status = ? AND u.uploaded_at < ? "
				+ "ORDER BY u.uploaded_at, u.id, p.team_id", rs -> {
					// later uploads come later: each team keeps the last one seen
					latest.put(rs.getString("team_id"), upload(rs, 0));
				}, Upload.COMPLETED, Timestamp.from(before));
		Map<Upload, Set<String>> sheets = new TreeMap<>(Comparator.comparing(Upload::uploadedAt)
			.thenComparing(Upload::id));
		latest.forEach((team, upload) -> sheets.computeIfAbsent(upload, key -> new TreeSet<>()).add(team));
		return sheets;
	}

	/** Takes up an upload queued by a process that died before its run began; {@code false} if another did. */
	public boolean takeOver(long id, String deadInstance, String instance) {
		return this.jdbc.update("UPDATE upload SET instance_id = ? WHERE id = ? AND status = ? AND "
				+ "job_instance_id IS NULL AND (instance_id = ? OR instance_id IS NULL)", instance, id, Upload.QUEUED,
				deadInstance) == 1;
	}

	/** Uploads still queued, and the process each was queued in. */
	public Map<Upload, String> queued() {
		Map<Upload, String> queued = new LinkedHashMap<>();
		this.jdbc.query("SELECT " + COLUMNS + ", instance_id FROM upload WHERE status = ? AND job_instance_id IS NULL "
				+ "ORDER BY id", rs -> {
					queued.put(upload(rs, 0), rs.getString("instance_id"));
				}, Upload.QUEUED);
		return queued;
	}

	/** The latest uploads first, at most {@code limit}. */
	public List<Upload> latest(int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM upload ORDER BY id DESC FETCH FIRST " + limit
				+ " ROWS ONLY", UploadLog::upload);
	}

	private static String prefixed(String alias) {
		return Arrays.stream(COLUMNS.split(", ")).map(column -> alias + "." + column).collect(Collectors.joining(", "));
	}

	private static Upload upload(ResultSet row, int index) throws SQLException {
		long instance = row.getLong("job_instance_id");
		Long jobInstanceId = row.wasNull() ? null : instance;
		long execution = row.getLong("job_execution_id");
		Long jobExecutionId = row.wasNull() ? null : execution;
		String allowed = row.getString("allowed_teams");
		Set<String> allowedTeams = allowed == null ? null
				: Arrays.stream(allowed.split(",")).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
		return new Upload(row.getLong("id"), row.getString("stored_name"), row.getString("original_name"),
				row.getString("team_name"), row.getString("managers"), row.getString("uploaded_by"), allowedTeams,
				row.getTimestamp("uploaded_at").toInstant(), row.getString("quarter_label"), row.getString("status"),
				row.getString("failure"), jobInstanceId, jobExecutionId);
	}

}
