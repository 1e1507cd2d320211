package com.skillgap.batch;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.ScoringRules;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.analysis.TeamTrend;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.TeamQuarter;

/**
 * Compares a team's quarter with its previous analysed quarter in history. Both are analysed again with the current
 * matrix, so every change is exact; when the previous quarter used another matrix version, both are analysed with
 * only the responsibilities the two matrices share.
 */
@Component
class QuarterTrends {

	private final QuarterHistory history;

	private final Matrix matrix;

	private final ScoringRules rules;

	QuarterTrends(QuarterHistory history, Matrix matrix, SkillgapProperties properties) {
		this.history = history;
		this.matrix = matrix;
		this.rules = properties.scoringRules();
	}

	/**
	 * The comparison, or empty for the team's first analysed quarter.
	 *
	 * @param analysed the current quarter already analysed with the current matrix (reused when the previous quarter
	 * used the same matrix)
	 */
	Optional<QuarterComparison> compare(TeamQuarter current, TeamAnalysis analysed) {
		Optional<TeamQuarter> previous = this.history.previous(current.team().id(), current.quarter());
		if (previous.isEmpty()) {
			return Optional.empty();
		}
		TeamQuarter before = previous.get();
		boolean sameMatrix = this.matrix.id().equals(before.matrixId())
				&& this.matrix.version().equals(before.matrixVersion());
		if (sameMatrix) {
			GapAnalysis analysis = new GapAnalysis(this.matrix, this.rules);
			return Optional.of(new QuarterComparison(
					TeamTrend.between(before.quarter(), analysis.analyse(before.team()), analysed, this.matrix), before,
					null));
		}
		Set<String> shared = sharedResponsibilities(before);
		Optional<Matrix> common = this.matrix.restrictedTo(shared);
		if (common.isEmpty()) {
			// Nothing to score in common: who joined and who left is still worth saying.
			return Optional.of(new QuarterComparison(
					TeamTrend.peopleOnly(before.quarter(), before.team().members(), current.team().members()), before,
					0));
		}
		GapAnalysis analysis = new GapAnalysis(common.get(), this.rules);
		return Optional.of(new QuarterComparison(TeamTrend.between(before.quarter(), analysis.analyse(before.team()),
				analysis.analyse(current.team()), common.get()), before, common.get().responsibilities().size()));
	}

	/**
	 * The current matrix's responsibilities the previous quarter's matrix had too. Quarters stored before their
	 * matrix's responsibilities were kept fall back to those anybody was rated on.
	 */
	private Set<String> sharedResponsibilities(TeamQuarter before) {
		Set<String> previous = new HashSet<>(before.responsibilityIds());
		if (previous.isEmpty()) {
			before.team().members().stream().map(Person::levels).forEach(levels -> previous.addAll(levels.keySet()));
		}
		Set<String> shared = new HashSet<>();
		for (Responsibility responsibility : this.matrix.responsibilities()) {
			if (previous.contains(responsibility.id())) {
				shared.add(responsibility.id());
			}
		}
		return shared;
	}

}
