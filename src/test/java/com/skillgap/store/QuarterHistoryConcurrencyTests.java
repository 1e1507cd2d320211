package com.skillgap.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.ScoringRules;
import com.skillgap.analysis.Team;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs storing and reading the same teams' quarter at the same moment: each run's chunk of teams inside a longer
 * transaction of its own, the teams given in opposite orders. Both finish, and each team's stored quarter is one
 * run's whole.
 */
class QuarterHistoryConcurrencyTests {

	private static final Matrix MATRIX = MatrixLoader.load(new ByteArrayInputStream("""
			id: two-responsibilities
			version: "1"
			roles:
			  - id: cloud-engineer
			    name: Cloud Engineer
			responsibilities:
			  - { id: networking, name: Networking, area: A, weight: 1, required: { cloud-engineer: 3 } }
			  - { id: kubernetes, name: Kubernetes, area: A, weight: 1, required: { cloud-engineer: 2 } }
			""".getBytes(StandardCharsets.UTF_8)), "two-responsibilities.yaml");

	private static final String QUARTER = "2026-Q4";

	private static final int ROUNDS = 60;

	private final DriverManagerDataSource database = new DriverManagerDataSource(
			"jdbc:hsqldb:mem:quarter-history-concurrency;hsqldb.tx=mvcc", "SA", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.database);

	private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(this.database);

	private final QuarterHistory history = new QuarterHistory(this.jdbc, this.transactions);

	@AfterEach
	void dropDatabase() {
		this.jdbc.execute("SHUTDOWN");
	}

	@Test
	void twoRunsReplacingTheSameTeamsQuarterAtOnceBothFinishAndEachTeamKeepsOneRunsWhole() throws Exception {
		Flyway.configure().dataSource(this.database).load().migrate();
		ExecutorService runs = Executors.newFixedThreadPool(2);
		CyclicBarrier together = new CyclicBarrier(2);
		try {
			List<Future<Void>> both = List.of(
					runs.submit(() -> storeRounds(1, 3, List.of("platform", "delivery"), together)),
					runs.submit(() -> storeRounds(2, 4, List.of("delivery", "platform"), together)));
			List<Throwable> failures = new ArrayList<>();
			for (Future<Void> run : both) {
				try {
					run.get();
				}
				catch (ExecutionException ex) {
					failures.add(ex.getCause());
				}
			}
			assertThat(failures).isEmpty();
		}
		finally {
			runs.shutdownNow();
		}
		for (String teamId : List.of("platform", "delivery")) {
			TeamQuarter stored = this.history.find(teamId, QUARTER).orElseThrow();
			long run = stored.runId();
			assertThat(stored.team().members()).extracting(Person::name)
				.containsExactlyElementsOf(names(run, run == 1 ? 3 : 4));
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM quarter_fit WHERE team_id = ?", Integer.class,
					teamId)).isEqualTo(stored.team().members().size());
		}
	}

	@Test
	void aRunFindingAnotherRunsUncommittedQuarterInItsWayStoresItsOwnOnceThatIsCommitted() throws Exception {
		Flyway.configure().dataSource(this.database).load().migrate();
		Team team = new Team("platform", "Platform", List.of(new Person("Run 2 person 1", null, null, null,
				Map.of("networking", 1))));
		TeamQuarter quarter = new TeamQuarter(QUARTER, team, List.of(), MATRIX.id(), MATRIX.version(), 2,
				Set.of("networking", "kubernetes"));
		ExecutorService runs = Executors.newSingleThreadExecutor();
		try (Connection other = this.database.getConnection()) {
			other.setAutoCommit(false);
			try (Statement statement = other.createStatement()) {
				statement.executeUpdate("INSERT INTO team_quarter (team_id, quarter_label, team_name, matrix_id, "
						+ "matrix_version, run_id, analysed_at) VALUES ('platform', '" + QUARTER + "', 'Platform', "
						+ "'two-responsibilities', '1', 1, CURRENT_TIMESTAMP)");
			}
			Future<?> replaced = runs.submit(() -> this.history.replace(quarter,
					new GapAnalysis(MATRIX, ScoringRules.DEFAULT).analyse(team), Instant.now()));
			Thread.sleep(300);
			other.commit();
			replaced.get(30, TimeUnit.SECONDS);
		}
		finally {
			runs.shutdownNow();
		}
		TeamQuarter stored = this.history.find("platform", QUARTER).orElseThrow();
		assertThat(stored.runId()).isEqualTo(2);
		assertThat(stored.team().members()).extracting(Person::name).containsExactly("Run 2 person 1");
	}

	@Test
	void readersWhileAnotherRunReplacesTheQuarterSeeOneRunsQuarterWhole() throws Exception {
		Flyway.configure().dataSource(this.database).load().migrate();
		GapAnalysis analysis = new GapAnalysis(MATRIX, ScoringRules.DEFAULT);
		storeTeam("platform", 1, 3, analysis);
		AtomicBoolean reading = new AtomicBoolean(true);
		ExecutorService runs = Executors.newSingleThreadExecutor();
		try {
			Future<?> replacing = runs.submit(() -> {
				for (long run = 2; reading.get(); run++) {
					storeTeam("platform", run, run % 2 == 0 ? 4 : 3, analysis);
				}
				return null;
			});
			for (int read = 0; read < 3000; read++) {
				TeamQuarter stored = this.history.find("platform", QUARTER).orElseThrow();
				long run = stored.runId();
				assertThat(stored.team().members()).extracting(Person::name)
					.as("read %d", read)
					.containsExactlyElementsOf(names(run, run % 2 == 0 ? 4 : 3));
			}
			reading.set(false);
			replacing.get(30, TimeUnit.SECONDS);
		}
		finally {
			reading.set(false);
			runs.shutdownNow();
		}
	}

	@Test
	void aReaderHoldsOneConnectionAtATime() {
		Flyway.configure().dataSource(this.database).load().migrate();
		storeTeam("platform", 1, 3, new GapAnalysis(MATRIX, ScoringRules.DEFAULT));
		HikariConfig oneConnection = new HikariConfig();
		oneConnection.setDataSource(this.database);
		oneConnection.setMaximumPoolSize(1);
		oneConnection.setConnectionTimeout(1000);
		try (HikariDataSource pool = new HikariDataSource(oneConnection)) {
			QuarterHistory history = new QuarterHistory(new JdbcTemplate(pool), new DataSourceTransactionManager(pool));
			assertThat(history.find("platform", QUARTER).orElseThrow().team().members()).hasSize(3);
			assertThat(history.previous("platform", "2027-Q1").orElseThrow().quarter()).isEqualTo(QUARTER);
		}
	}

	private void storeTeam(String teamId, long runId, int members, GapAnalysis analysis) {
		this.history.replace(List.of(analysed(teamId, runId, members, analysis)), Instant.now());
	}

	private static AnalysedTeam analysed(String teamId, long runId, int members, GapAnalysis analysis) {
		List<Person> people = new ArrayList<>();
		for (String name : names(runId, members)) {
			people.add(new Person(name, null, null, null, Map.of("networking", 2, "kubernetes", 3)));
		}
		Team team = new Team(teamId, teamId, people);
		return new AnalysedTeam(new TeamQuarter(QUARTER, team, List.of(), MATRIX.id(), MATRIX.version(), runId,
				Set.of("networking", "kubernetes")), analysis.analyse(team));
	}

	private Void storeRounds(long runId, int members, List<String> teamIds, CyclicBarrier together) throws Exception {
		GapAnalysis analysis = new GapAnalysis(MATRIX, ScoringRules.DEFAULT);
		TransactionTemplate chunk = new TransactionTemplate(this.transactions);
		for (int round = 0; round < ROUNDS; round++) {
			together.await(30, TimeUnit.SECONDS);
			chunk.executeWithoutResult(status -> this.history.replace(
					teamIds.stream().map(teamId -> analysed(teamId, runId, members, analysis)).toList(),
					Instant.now()));
		}
		return null;
	}

	private static List<String> names(long runId, int members) {
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= members; i++) {
			names.add("Run " + runId + " person " + i);
		}
		return names;
	}

}
