package com.skillgap.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The processes working on this database — the service, possibly several instances of it, and one-shot runs — each
 * with a heartbeat every few seconds. A process whose heartbeat stopped was killed or crashed: the runs it owned are
 * taken up by a live one ({@link AbandonedRuns}). On a database only one process can open (an HSQLDB file or memory
 * database), every other process is gone by definition, so its runs are taken up at once.
 */
@Component
public class LiveInstances implements DisposableBean {

	static final Duration HEARTBEAT = Duration.ofSeconds(5);

	/** How long a process may miss its heartbeat before it counts as gone: several beats, for a busy machine. */
	static final Duration SILENCE = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(LiveInstances.class);

	private final JdbcTemplate jdbc;

	private final String id = UUID.randomUUID().toString();

	private final boolean databaseOfOneProcess;

	private final ScheduledExecutorService heartbeat;

	/** When this process started, in its own clock: job executions it creates are later. */
	private final LocalDateTime startedAt;

	LiveInstances(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.databaseOfOneProcess = opensForOneProcess(dataSource);
		this.startedAt = LocalDateTime.now();
		register();
		this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "skillgap-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		this.heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** This process. */
	public String self() {
		return this.id;
	}

	/** Whether no other process can open this database (HSQLDB file or memory), so every other one is gone. */
	boolean databaseOfOneProcess() {
		return this.databaseOfOneProcess;
	}

	/** Whether the process is this one, or another that still beats. */
	public boolean isAlive(String instanceId) {
		if (this.id.equals(instanceId)) {
			return true;
		}
		if (instanceId == null || this.databaseOfOneProcess) {
			return false;
		}
		Integer beating = this.jdbc.queryForObject("SELECT COUNT(*) FROM service_instance WHERE id = ? "
				+ "AND heartbeat_at > CURRENT_TIMESTAMP - INTERVAL '" + SILENCE.toSeconds() + "' SECOND", Integer.class,
				instanceId);
		return beating != null && beating > 0;
	}

	/** When this process started, in the clock job executions are created with. */
	LocalDateTime startedAt() {
		return this.startedAt;
	}

	private void register() {
		this.jdbc.update("INSERT INTO service_instance (id, host, started_at, heartbeat_at) "
				+ "VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", this.id, host());
	}

	private void beat() {
		try {
			if (this.jdbc.update("UPDATE service_instance SET heartbeat_at = CURRENT_TIMESTAMP WHERE id = ?",
					this.id) == 0) {
				// removed while this process could not beat (a long pause): it is alive, so it says so again
				register();
			}
			// processes silent for a day are long gone: keep the table small
			this.jdbc.update("DELETE FROM service_instance WHERE heartbeat_at < CURRENT_TIMESTAMP - INTERVAL '1' DAY");
		}
		catch (DataAccessException ex) {
			logger.warn("The heartbeat could not be recorded: {}", ex.getMessage());
		}
	}

	/**
	 * A process that stops stops beating. Its row stays: a run still going on in it until the very end is taken
	 * over only once the process is silent, never while it still writes.
	 */
	@Override
	public void destroy() {
		this.heartbeat.shutdownNow();
	}

	private static boolean opensForOneProcess(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			return url != null && (url.startsWith("jdbc:hsqldb:file:") || url.startsWith("jdbc:hsqldb:mem:"));
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

}
