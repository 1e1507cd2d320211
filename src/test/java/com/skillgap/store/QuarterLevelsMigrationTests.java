package com.skillgap.store;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A history stored before the levels moved into each member's row keeps every level after the migration. */
class QuarterLevelsMigrationTests {

	@Test
	void everyStoredMembersLevelsMoveIntoTheirRowAndTheLevelTableGoes() {
		DriverManagerDataSource database = new DriverManagerDataSource("jdbc:hsqldb:mem:quarter-levels-migration",
				"SA", "");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		flyway(database, "9").migrate();
		jdbc.update("INSERT INTO team_quarter (team_id, quarter_label, team_name, matrix_id, matrix_version, run_id, "
				+ "analysed_at) VALUES ('platform', '2026-Q3', 'Platform', 'cloud-devops', '2026.1', 1, "
				+ "CURRENT_TIMESTAMP)");
		for (int member = 0; member < 3; member++) {
			jdbc.update("INSERT INTO quarter_member (team_id, quarter_label, member_no, person_name, best_fit_role, "
					+ "hybrid) VALUES ('platform', '2026-Q3', ?, ?, 'cloud-engineer', FALSE)", member,
					"Person " + member);
		}
		jdbc.update("INSERT INTO quarter_level VALUES ('platform', '2026-Q3', 0, 'kubernetes', 3)");
		jdbc.update("INSERT INTO quarter_level VALUES ('platform', '2026-Q3', 0, 'ci-cd-pipelines', 0)");
		jdbc.update("INSERT INTO quarter_level VALUES ('platform', '2026-Q3', 2, 'cloud-storage', 4)");

		flyway(database, "latest").migrate();

		assertThat(jdbc.queryForList("SELECT levels FROM quarter_member ORDER BY member_no", String.class))
			.containsExactly("ci-cd-pipelines=0,kubernetes=3", "", "cloud-storage=4");
		assertThat(new QuarterHistory(jdbc, new DataSourceTransactionManager(database)).find("platform", "2026-Q3").orElseThrow().team().members())
			.extracting(person -> person.levels())
			.containsExactly(Map.of("kubernetes", 3, "ci-cd-pipelines", 0), Map.of(),
					Map.of("cloud-storage", 4));
		assertThatThrownBy(() -> jdbc.queryForList("SELECT * FROM quarter_level")).rootCause()
			.hasMessageContaining("object not found: QUARTER_LEVEL");
	}

	private static Flyway flyway(DriverManagerDataSource database, String target) {
		return Flyway.configure().dataSource(database).target(target).load();
	}

}
