package com.skillgap.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelsTextTests {

	@Test
	void levelsAreWrittenInResponsibilityIdOrderWhateverOrderTheyCameIn() {
		Map<String, Integer> levels = new LinkedHashMap<>();
		levels.put("kubernetes", 3);
		levels.put("ci-cd-pipelines", 0);
		levels.put("cloud-storage", 4);

		assertThat(LevelsText.text(levels)).isEqualTo("ci-cd-pipelines=0,cloud-storage=4,kubernetes=3");
	}

	@Test
	void textIsReadBackIntoTheSameLevelsKeepingZeroApartFromNotAssessed() {
		Map<String, Integer> levels = Map.of("kubernetes", 3, "ci-cd-pipelines", 0, "r12", 10);

		Map<String, Integer> read = LevelsText.levels(LevelsText.text(levels));

		assertThat(read).isEqualTo(levels).doesNotContainKey("cloud-storage");
	}

	@Test
	void aPersonAssessedOnNothingHasEmptyText() {
		assertThat(LevelsText.text(Map.of())).isEmpty();
		assertThat(LevelsText.levels("")).isEmpty();
		assertThat(LevelsText.levels(null)).isEmpty();
	}

}
