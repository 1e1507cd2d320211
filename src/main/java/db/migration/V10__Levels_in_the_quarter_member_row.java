package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.skillgap.store.LevelsText;

/**
 * Moves each member's levels of every stored quarter from {@code quarter_level}, a row per level, into their
 * {@code quarter_member} row ({@link LevelsText}), then drops {@code quarter_level}: storing a team's quarter was
 * mostly inserting those rows. In Java, as SQL has no string aggregate that HSQLDB and PostgreSQL share.
 */
public class V10__Levels_in_the_quarter_member_row extends BaseJavaMigration {

	private static final int MEMBERS_PER_BATCH = 500;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE quarter_member ADD COLUMN levels VARCHAR(60000) DEFAULT '' NOT NULL");
		}
		try (PreparedStatement read = connection.prepareStatement("SELECT team_id, quarter_label, member_no, "
				+ "responsibility_id, level_value FROM quarter_level ORDER BY team_id, quarter_label, member_no");
				PreparedStatement write = connection.prepareStatement("UPDATE quarter_member SET levels = ? "
						+ "WHERE team_id = ? AND quarter_label = ? AND member_no = ?");
				ResultSet rows = read.executeQuery()) {
			List<Object> member = null;
			Map<String, Integer> levels = new TreeMap<>();
			int batched = 0;
			while (rows.next()) {
				List<Object> key = List.of(rows.getString(1), rows.getString(2), rows.getInt(3));
				if (!key.equals(member)) {
					batched += update(write, member, levels);
					member = key;
					levels = new TreeMap<>();
				}
				levels.put(rows.getString(4), rows.getInt(5));
				if (batched >= MEMBERS_PER_BATCH) {
					write.executeBatch();
					batched = 0;
				}
			}
			batched += update(write, member, levels);
			if (batched > 0) {
				write.executeBatch();
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE quarter_level");
		}
	}

	private static int update(PreparedStatement write, List<Object> member, Map<String, Integer> levels)
			throws Exception {
		if (member == null) {
			return 0;
		}
		List<Object> values = new ArrayList<>(member);
		values.add(0, LevelsText.text(levels));
		for (int i = 0; i < values.size(); i++) {
			write.setObject(i + 1, values.get(i));
		}
		write.addBatch();
		return 1;
	}

}
