package com.skillgap.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.skillgap.matrix.Matrix;

import static org.assertj.core.api.Assertions.assertThat;

/** Who practises a responsibility: members at the coverage level (3 by default) or above, in the team's order. */
class TeamPractitionersTests {

	private static final Matrix MATRIX = FiveResponsibilities.MATRIX;

	private final TeamAnalysis team = new GapAnalysis(MATRIX, ScoringRules.DEFAULT).analyse(new Team("a", "Team A",
			List.of(new Person("Ana", null, null, null, Map.of("networking", 2, "kubernetes", 4)),
					new Person("Tom", null, null, null, Map.of("kubernetes", 3)),
					new Person("Kenji", null, null, null, Map.of("networking", 3, "kubernetes", 2)))));

	@Test
	void areTheMembersAtTheCoverageLevelOrAboveInTheTeamsOrder() {
		assertThat(this.team.practitioners(MATRIX.findResponsibility("kubernetes").orElseThrow()))
			.extracting(member -> member.person().name())
			.containsExactly("Ana", "Tom");
		assertThat(this.team.practitioners(MATRIX.findResponsibility("networking").orElseThrow()))
			.extracting(member -> member.person().name())
			.containsExactly("Kenji");
		assertThat(this.team.practitioners(MATRIX.findResponsibility("test-automation").orElseThrow())).isEmpty();
	}

	@Test
	void followTheCoverageLevelOfTheRules() {
		TeamAnalysis lenient = new GapAnalysis(MATRIX, new ScoringRules(ScoringRules.DEFAULT.hybridThreshold(), 2, 2))
			.analyse(this.team.team());

		assertThat(lenient.practitioners(MATRIX.findResponsibility("networking").orElseThrow()))
			.extracting(member -> member.person().name())
			.containsExactly("Ana", "Kenji");
	}

}
