package com.skillgap.analysis;

/** How close a fit is to a role: ≥ 90 Ready, ≥ 70 Close, ≥ 50 Developing, else Early (unrounded fit). */
public enum Readiness {

	READY("Ready"), CLOSE("Close"), DEVELOPING("Developing"), EARLY("Early");

	private static final Fraction READY_FROM = Fraction.of(90, 1);

	private static final Fraction CLOSE_FROM = Fraction.of(70, 1);

	private static final Fraction DEVELOPING_FROM = Fraction.of(50, 1);

	private final String label;

	Readiness(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Readiness of(Fraction fit) {
		if (fit.isAtLeast(READY_FROM)) {
			return READY;
		}
		if (fit.isAtLeast(CLOSE_FROM)) {
			return CLOSE;
		}
		if (fit.isAtLeast(DEVELOPING_FROM)) {
			return DEVELOPING;
		}
		return EARLY;
	}

}
