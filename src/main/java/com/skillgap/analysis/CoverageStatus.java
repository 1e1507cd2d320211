package com.skillgap.analysis;

/** How well a team covers a responsibility, by its number of practitioners. */
public enum CoverageStatus {

	UNCOVERED("uncovered", "Uncovered"),
	SINGLE_POINT_OF_FAILURE("single-point-of-failure", "Single point of failure"),
	THIN("thin", "Thin"),
	COVERED("covered", "Covered");

	private final String code;

	private final String label;

	CoverageStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The name used in {@code run-summary.json}. */
	public String code() {
		return this.code;
	}

	/** The name shown to a person. */
	public String label() {
		return this.label;
	}

	/** 0 → uncovered; 1 → single point of failure; ≥ target → covered; between (target > 2 only) → thin. */
	public static CoverageStatus of(int practitioners, int target) {
		if (practitioners == 0) {
			return UNCOVERED;
		}
		if (practitioners == 1) {
			return SINGLE_POINT_OF_FAILURE;
		}
		return practitioners >= target ? COVERED : THIN;
	}

}
