package com.skillgap.analysis;

import com.skillgap.matrix.Responsibility;

/**
 * How a team covers one responsibility.
 *
 * @param practitioners members at or above the coverage level
 * @param teamLevel mean of the assessed levels, {@code null} when nobody was assessed
 * @param assessed members who were assessed on it
 */
public record CoverageEntry(Responsibility responsibility, int practitioners, CoverageStatus status,
		Fraction teamLevel, int assessed) {
}
