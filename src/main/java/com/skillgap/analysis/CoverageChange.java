package com.skillgap.analysis;

import com.skillgap.matrix.Responsibility;

/** A responsibility whose coverage status changed since the previous quarter. */
public record CoverageChange(Responsibility responsibility, CoverageStatus from, CoverageStatus to) {
}
