package com.skillgap.analysis;

import java.util.List;

/**
 * One step of a member's learning plan: a top gap, where to go from it, and who in the team can help.
 *
 * @param gap the top gap against the member's target role ({@code gap.actual()} is where the member starts,
 * {@code null} when not assessed; {@code gap.required()} is the level to reach)
 * @param suggestions the matrix's learning suggestions for the responsibility
 * @param mentor the teammate suggested as mentor, {@code null} when nobody qualifies
 */
public record LearningStep(Gap gap, List<String> suggestions, Person mentor) {

	public LearningStep {
		suggestions = List.copyOf(suggestions);
	}

}
