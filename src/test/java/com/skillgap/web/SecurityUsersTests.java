package com.skillgap.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The users configured in properties are checked when the service starts, so none is looser than meant. */
class SecurityUsersTests {

	@Test
	void teamsBecomeTeamIdsAndRolesAreReadInAnyCase() {
		SecurityUsers.Account ana = new SecurityUsers.Account("ana", "{noop}x", List.of("manager"),
				List.of("Platform Team", "platform-team", "Zespół Chmury"));

		assertThat(ana.roles()).containsExactly("MANAGER");
		assertThat(ana.teams()).containsExactly("platform-team", "zespo-chmury");
	}

	@Test
	void aBlankTeamIsRefusedRatherThanLeftToMeanAnyTeam() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityUsers.Account("mallory", "{noop}x", List.of("MANAGER"), List.of(" ")))
			.withMessageContaining("blank team");
	}

	@Test
	void everyUserHasAKnownRole() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityUsers.Account("eve", "{noop}x", List.of(), List.of("platform-team")))
			.withMessageContaining("ADMIN or MANAGER");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityUsers.Account("eve", "{noop}x", List.of("ROOT"), List.of()))
			.withMessageContaining("ADMIN or MANAGER");
	}

	@Test
	void everyUserHasANameAndAPassword() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityUsers.Account(" ", "{noop}x", List.of("ADMIN"), List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityUsers.Account("ana", null, List.of("ADMIN"), List.of()))
			.withMessageContaining("needs a password");
	}

}
