package com.skillgap.analysis;

import java.util.List;

import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * Whom the team should hire next: the responsibilities nobody or only one member practises, most critical first,
 * and the role that asks for most of them.
 *
 * @param role the role with the largest sum of weights over those responsibilities it requires (ties: matrix order)
 * @param responsibilities the uncovered and single-point-of-failure responsibilities, by weight descending, then id
 */
public record NextHire(Role role, List<Responsibility> responsibilities) {

	public NextHire {
		responsibilities = List.copyOf(responsibilities);
	}

}
