package com.skillgap.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness for a role: fit ≥ 90 Ready · ≥ 70 Close · ≥ 50 Developing · else Early, on the unrounded fit
 * (scoring.md, "Per person" and "Rounding").
 */
class ReadinessTests {

	@Test
	void ninetyIsReady() {
		assertThat(Readiness.of(Fraction.of(90, 1))).isEqualTo(Readiness.READY);
	}

	@Test
	void justBelowNinetyIsCloseThoughShownAsNinety() {
		// given 89.95, shown as 90.0
		Fraction fit = Fraction.of(8995, 100);

		// then
		assertThat(fit.rounded()).isEqualByComparingTo("90.0");
		assertThat(Readiness.of(fit)).isEqualTo(Readiness.CLOSE);
	}

	@Test
	void seventyIsClose() {
		assertThat(Readiness.of(Fraction.of(70, 1))).isEqualTo(Readiness.CLOSE);
	}

	@Test
	void justBelowSeventyIsDevelopingThoughShownAsSeventy() {
		// given 69.95, shown as 70.0
		Fraction fit = Fraction.of(6995, 100);

		// then
		assertThat(fit.rounded()).isEqualByComparingTo("70.0");
		assertThat(Readiness.of(fit)).isEqualTo(Readiness.DEVELOPING);
	}

	@Test
	void fiftyIsDeveloping() {
		assertThat(Readiness.of(Fraction.of(50, 1))).isEqualTo(Readiness.DEVELOPING);
	}

	@Test
	void justBelowFiftyIsEarlyThoughShownAsFifty() {
		// given 49.95, shown as 50.0
		Fraction fit = Fraction.of(4995, 100);

		// then
		assertThat(fit.rounded()).isEqualByComparingTo("50.0");
		assertThat(Readiness.of(fit)).isEqualTo(Readiness.EARLY);
	}

	@Test
	void noFitAtAllIsEarly() {
		assertThat(Readiness.of(Fraction.ZERO)).isEqualTo(Readiness.EARLY);
	}

	@Test
	void aFullFitIsReady() {
		assertThat(Readiness.of(Fraction.of(100, 1))).isEqualTo(Readiness.READY);
	}

	@Test
	void bandsAreLabelledAsInTheSpec() {
		assertThat(Readiness.READY.label()).isEqualTo("Ready");
		assertThat(Readiness.CLOSE.label()).isEqualTo("Close");
		assertThat(Readiness.DEVELOPING.label()).isEqualTo("Developing");
		assertThat(Readiness.EARLY.label()).isEqualTo("Early");
	}

}
