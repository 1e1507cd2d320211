package com.skillgap.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("INSERT INTO upload (stored_name, original_name, team_name, "
					+ "managers, uploaded_by, allowed_teams, uploaded_at, quarter_label, status) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			statement.setString(1, storedName);
			statement.setString(2, originalName);
			statement.setString(3, teamName);
			statement.setString(4, managers);
			statement.setString(5, uploadedBy);
			statement.setString(6, allowedTeams == null ? null : String.join(",", new TreeSet<>(allowedTeams)));
			statement.setTimestamp(7, Timestamp.from(uploadedAt));
			statement.setString(8, quarter);
			statement.setString(9, Upload.QUEUED);
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

	/** Marks every upload still queued or running as failed with the reason; returns how many. */
	public int abandonUnfinished(String reason) {
		return this.jdbc.update("UPDATE upload SET status = ?, failure = ? WHERE status IN (?, ?)", Upload.FAILED,
				reason, Upload.QUEUED, Upload.RUNNING);
	}

	public Optional<Upload> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM upload WHERE id = ?", UploadLog::upload, id)
			.stream()
			.findFirst();
	}

	/** The latest uploads first, at most {@code limit}. */
	public List<Upload> latest(int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM upload ORDER BY id DESC FETCH FIRST " + limit
				+ " ROWS ONLY", UploadLog::upload);
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
