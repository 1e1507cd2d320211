package com.skillgap.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The team id rule of {@code input-format.md}: NFKD, combining marks dropped, lower case, runs of other characters one {@code -}. */
class TeamIdentityTests {

	@ParameterizedTest(name = "''{0}'' → {1}")
	@CsvSource(delimiter = '|', value = { "Équipe Réseau|equipe-reseau", "Platform Team|platform-team",
			"  --Cloud  Ops!!  |cloud-ops", "platform-team|platform-team", "Ｔｅａｍ ①|team-1",
			"Zespół Chmury|zespo-chmury", "Ağ Ekibi|ag-ekibi", "Ομάδα|team", "***|team", "Team_42/Berlin|team-42-berlin" })
	void turnsADisplayNameIntoItsId(String name, String id) {
		assertThat(TeamIdentity.idOf(name)).isEqualTo(id);
	}

}
