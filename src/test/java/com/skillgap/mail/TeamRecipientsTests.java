package com.skillgap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TeamRecipientsTests {

	@Test
	void joinsTheUploadsTheSheetsAndTheConfiguredManagersEachOnceWhateverTheCase() {
		List<String> recipients = TeamRecipients.of(List.of("Lena.Berg@example.com, omar@example.com"),
				List.of("lena.berg@example.com", "mia@example.com; OMAR@example.com"), List.of("ops@example.com"));

		assertThat(recipients).containsExactly("Lena.Berg@example.com", "omar@example.com", "mia@example.com",
				"ops@example.com");
	}

	@Test
	void skipsBlankEntries() {
		assertThat(TeamRecipients.of(List.of(" ", ";, "), List.of())).isEmpty();
	}

}
