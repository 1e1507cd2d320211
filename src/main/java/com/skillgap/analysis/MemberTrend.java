package com.skillgap.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillgap.matrix.Responsibility;

/**
 * How one member changed since the previous quarter.
 *
 * @param previousFit the member's fit in the previous quarter (scored with the compared matrix), by role id
 * @param fitChange the unrounded change of fit, by role id, in matrix order
 * @param gapsClosed responsibilities of the current target role with a gap then and none now, by id
 * @param newGaps responsibilities of the current target role with no gap then and one now, by id
 */
public record MemberTrend(Map<String, Fraction> previousFit, Map<String, Fraction> fitChange,
		List<Responsibility> gapsClosed,
		List<Responsibility> newGaps) {

	public MemberTrend {
		previousFit = Collections.unmodifiableMap(new LinkedHashMap<>(previousFit));
		fitChange = Collections.unmodifiableMap(new LinkedHashMap<>(fitChange));
		gapsClosed = List.copyOf(gapsClosed);
		newGaps = List.copyOf(newGaps);
	}

}
