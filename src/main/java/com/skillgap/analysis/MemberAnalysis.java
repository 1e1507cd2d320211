package com.skillgap.analysis;

import java.util.List;

import com.skillgap.matrix.Role;

/**
 * Everything the analysis says about one person.
 *
 * @param fits fit per role, in matrix order
 * @param bestFit the role with the highest fit (ties: current role, else matrix order)
 * @param hybrid fit at or above the hybrid threshold for every role
 * @param targetRole the target-role column if it names a role, else the current role if it is one, else best fit
 * @param gaps every gap against the target role, highest priority first (then largest gap, then responsibility id)
 * @param completeness share of the responsibilities any role requires that the person has assessed, in percent
 */
public record MemberAnalysis(Person person, List<RoleFit> fits, Role bestFit, boolean hybrid, Role targetRole,
		List<Gap> gaps, Fraction completeness) {

	/** How many gaps are the top gaps. */
	public static final int TOP_GAPS = 5;

	public MemberAnalysis {
		fits = List.copyOf(fits);
		gaps = List.copyOf(gaps);
	}

	/** Up to five gaps against the target role, highest priority first. */
	public List<Gap> topGaps() {
		return this.gaps.subList(0, Math.min(TOP_GAPS, this.gaps.size()));
	}

	public RoleFit fit(Role role) {
		return this.fits.stream()
			.filter(fit -> fit.role().id().equals(role.id()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no fit for role " + role.id()));
	}

}
