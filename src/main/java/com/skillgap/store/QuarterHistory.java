package com.skillgap.store;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.Team;
import com.skillgap.analysis.TeamAnalysis;

/**
 * Each team's analysed quarters. Saving a quarter replaces that team's quarter whole, in a transaction of its own;
 * other quarters stay.
 */
@Repository
public class QuarterHistory {

	/** Two runs storing the same team's quarter at once: the later one tries again once the earlier has committed. */
	private static final int ATTEMPTS = 5;

	private static final int[] MEMBER_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	/** A stored quarter's rows read as they were at one moment, on one connection. */
	private final TransactionTemplate snapshot;

	public QuarterHistory(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	/** Stores the team's quarter in place of the one stored before, as {@link #replace(List, Instant)} does. */
	public void replace(TeamQuarter quarter, TeamAnalysis analysis, Instant analysedAt) {
		replace(List.of(new AnalysedTeam(quarter, analysis)), analysedAt);
	}

	/**
	 * Stores the teams' quarters in place of those stored before, in one transaction of their own committed at once:
	 * their rows are locked only while they are written. Teams are written in the order of their ids, so two runs
	 * storing some of the same teams at the same moment take turns and never wait for each other both; the one that
	 * finds the other's uncommitted quarter in its way tries again once it is committed.
	 */
	public void replace(List<? extends AnalysedTeam> teams, Instant analysedAt) {
		List<AnalysedTeam> inIdOrder = new ArrayList<>(teams);
		inIdOrder.sort(Comparator.comparing(team -> team.quarter().team().id()));
		for (int attempt = 1;; attempt++) {
			try {
				this.ownTransaction.executeWithoutResult(
						status -> inIdOrder.forEach(team -> store(team.quarter(), team.analysis(), analysedAt)));
				return;
			}
			catch (DuplicateKeyException | TransientDataAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private void store(TeamQuarter quarter, TeamAnalysis analysis, Instant analysedAt) {
		String teamId = quarter.team().id();
		String label = quarter.quarter();
		this.jdbc.update("DELETE FROM team_quarter WHERE team_id = ? AND quarter_label = ?", teamId, label);
		this.jdbc.update("INSERT INTO team_quarter (team_id, quarter_label, team_name, matrix_id, matrix_version, "
				+ "managers, run_id, analysed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", teamId, label,
				quarter.team().name(), quarter.matrixId(), quarter.matrixVersion(), String.join(";", quarter.managers()),
				quarter.runId(), Timestamp.from(analysedAt));
		List<Object[]> members = new ArrayList<>();
		List<Object[]> fits = new ArrayList<>();
		for (int i = 0; i < analysis.members().size(); i++) {
			MemberAnalysis member = analysis.members().get(i);
			Person person = member.person();
			members.add(new Object[] { teamId, label, i, person.name(), person.email(), person.currentRole(),
					person.targetRole(), member.bestFit().id(), member.hybrid(), LevelsText.text(person.levels()) });
			for (RoleFit fit : member.fits()) {
				fits.add(new Object[] { teamId, label, i, fit.role().id(), fit.fit().rounded() });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO quarter_member (team_id, quarter_label, member_no, person_name, email, "
				+ "role_text, target_role, best_fit_role, hybrid, levels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				members, MEMBER_TYPES);
		this.jdbc.batchUpdate("INSERT INTO quarter_fit (team_id, quarter_label, member_no, role_id, fit) "
				+ "VALUES (?, ?, ?, ?, ?)", fits);
		this.jdbc.batchUpdate("INSERT INTO quarter_responsibility (team_id, quarter_label, responsibility_id) "
				+ "VALUES (?, ?, ?)", quarter.responsibilityIds()
					.stream()
					.sorted()
					.map(id -> new Object[] { teamId, label, id })
					.toList());
	}

	/** The team's latest analysed quarter before {@code quarter}, if any (labels such as 2026-Q3 sort in time). */
	public Optional<TeamQuarter> previous(String teamId, String quarter) {
		return this.snapshot.execute(status -> {
			List<String> labels = this.jdbc.queryForList("SELECT MAX(quarter_label) FROM team_quarter "
					+ "WHERE team_id = ? AND quarter_label < ?", String.class, teamId, quarter);
			return labels.isEmpty() || labels.get(0) == null ? Optional.empty() : stored(teamId, labels.get(0));
		});
	}

	/** Every analysed team with its quarters, latest first; teams by name. */
	public List<AnalysedTeamQuarters> teams() {
		Map<String, List<String>> quarters = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		this.jdbc.query("SELECT team_id, quarter_label, team_name FROM team_quarter "
				+ "ORDER BY team_id, quarter_label DESC", rs -> {
					String teamId = rs.getString(1);
					quarters.computeIfAbsent(teamId, id -> new ArrayList<>()).add(rs.getString(2));
					names.putIfAbsent(teamId, rs.getString(3));
				});
		return quarters.entrySet()
			.stream()
			.map(entry -> new AnalysedTeamQuarters(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparing(AnalysedTeamQuarters::teamName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(AnalysedTeamQuarters::teamId))
			.toList();
	}

	/** The team's stored quarter, read as one snapshot: never part of one run's quarter and part of another's. */
	public Optional<TeamQuarter> find(String teamId, String quarter) {
		return this.snapshot.execute(status -> stored(teamId, quarter));
	}

	/** One query after another, each closed before the next, so a reader holds one connection at a time. */
	private Optional<TeamQuarter> stored(String teamId, String quarter) {
		List<StoredRow> rows = this.jdbc.query("SELECT team_name, matrix_id, matrix_version, run_id, managers "
				+ "FROM team_quarter WHERE team_id = ? AND quarter_label = ?",
				(rs, n) -> new StoredRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						managers(rs.getString(5))),
				teamId, quarter);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		StoredRow row = rows.get(0);
		return Optional.of(new TeamQuarter(quarter, new Team(teamId, row.teamName(), members(teamId, quarter)),
				row.managers(), row.matrixId(), row.matrixVersion(), row.runId(), responsibilityIds(teamId, quarter)));
	}

	/** A {@code team_quarter} row. */
	private record StoredRow(String teamName, String matrixId, String matrixVersion, long runId,
			List<String> managers) {
	}

	private List<Person> members(String teamId, String quarter) {
		return this.jdbc.query("SELECT person_name, email, role_text, target_role, levels FROM quarter_member "
				+ "WHERE team_id = ? AND quarter_label = ? ORDER BY member_no",
				(rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						LevelsText.levels(rs.getString(5))),
				teamId, quarter);
	}

	private Set<String> responsibilityIds(String teamId, String quarter) {
		return Set.copyOf(this.jdbc.queryForList("SELECT responsibility_id FROM quarter_responsibility "
				+ "WHERE team_id = ? AND quarter_label = ?", String.class, teamId, quarter));
	}

	private static List<String> managers(String cell) {
		return cell == null || cell.isEmpty() ? List.of() : List.of(cell.split(";"));
	}

}
