package com.skillgap.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StagedLevelsTests {

	@Test
	void levelsAreWrittenInResponsibilityIdOrderWhateverOrderTheyCameIn() {
		Map<String, Integer> levels = new LinkedHashMap<>();
		levels.put("kubernetes", 3);
		levels.put("ci-cd-pipelines", 0);
		levels.put("cloud-storage", 4);

		assertThat(StagedLevels.text(levels)).isEqualTo("ci-cd-pipelines=0,cloud-storage=4,kubernetes=3");
	}

	@Test
	void textIsReadBackIntoTheSameLevelsKeepingZeroApartFromNotAssessed() {
		Map<String, Integer> levels = Map.of("kubernetes", 3, "ci-cd-pipelines", 0, "r12", 10);

		Map<String, Integer> read = StagedLevels.levels(StagedLevels.text(levels));

		assertThat(read).isEqualTo(levels).doesNotContainKey("cloud-storage");
	}

	@Test
	void aPersonAssessedOnNothingHasEmptyText() {
		assertThat(StagedLevels.text(Map.of())).isEmpty();
		assertThat(StagedLevels.levels("")).isEmpty();
		assertThat(StagedLevels.levels(null)).isEmpty();
	}

}
