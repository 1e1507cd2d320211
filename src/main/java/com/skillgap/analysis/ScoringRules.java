package com.skillgap.analysis;

import java.math.BigDecimal;

/**
 * The tunable thresholds of the scoring rules.
 *
 * @param hybridThreshold fit both roles must reach for a person to be a hybrid (default 80)
 * @param coverageLevel level from which a member counts as a practitioner (default 3)
 * @param coverageTarget practitioners a responsibility needs to be covered (default 2)
 */
public record ScoringRules(BigDecimal hybridThreshold, int coverageLevel, int coverageTarget) {

	public static final ScoringRules DEFAULT = new ScoringRules(BigDecimal.valueOf(80), 3, 2);

}
