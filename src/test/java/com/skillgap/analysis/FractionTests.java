package com.skillgap.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Fits, averages and completeness are exact fractions, compared unrounded and rounded half-up to one decimal only
 * when shown (scoring.md, "Rounding").
 */
class FractionTests {

	@Test
	void isKeptInLowestTerms() {
		// given
		Fraction twoQuarters = Fraction.of(2, 4);

		// then
		assertThat(twoQuarters).isEqualTo(Fraction.of(1, 2));
		assertThat(twoQuarters.numerator()).isEqualTo(BigInteger.ONE);
		assertThat(twoQuarters.denominator()).isEqualTo(BigInteger.TWO);
	}

	@Test
	void carriesTheSignOnTheNumerator() {
		// given
		Fraction negative = Fraction.of(1, -3);

		// then
		assertThat(negative.numerator()).isEqualTo(BigInteger.valueOf(-1));
		assertThat(negative.denominator()).isEqualTo(BigInteger.valueOf(3));
		assertThat(negative).isEqualTo(Fraction.of(-1, 3));
	}

	@Test
	void zeroOverAnythingIsZero() {
		assertThat(Fraction.of(0, 7)).isEqualTo(Fraction.ZERO);
	}

	@Test
	void refusesAZeroDenominator() {
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Fraction.of(1, 0));
	}

	@Test
	void percentIsExact() {
		// when
		Fraction twoThirds = Fraction.percent(2, 3);

		// then 100 · 2 / 3 = 200/3, not 66.666… cut somewhere
		assertThat(twoThirds).isEqualTo(Fraction.of(200, 3));
	}

	@Test
	void twoThirdsInPercentIsShownAs66Point7() {
		// given 100 · 2 / 3 = 66.666…
		Fraction twoThirds = Fraction.percent(2, 3);

		// when
		BigDecimal shown = twoThirds.rounded();

		// then
		assertThat(shown).isEqualByComparingTo("66.7");
	}

	@Test
	void aHalfAtTheSecondDecimalRoundsUp() {
		// given 79.95 exactly
		Fraction fit = Fraction.of(7995, 100);

		// when
		BigDecimal shown = fit.rounded();

		// then
		assertThat(shown).isEqualByComparingTo("80.0");
	}

	@Test
	void aHalfAfterAnEvenDigitAlsoRoundsUp() {
		// given 66.25 exactly (a banker's rounding would show 66.2)
		Fraction fit = Fraction.of(6625, 100);

		// when
		BigDecimal shown = fit.rounded();

		// then
		assertThat(shown).isEqualByComparingTo("66.3");
	}

	@Test
	void lessThanAHalfAtTheSecondDecimalRoundsDown() {
		// given 79.94 exactly
		Fraction fit = Fraction.of(7994, 100);

		// when
		BigDecimal shown = fit.rounded();

		// then
		assertThat(shown).isEqualByComparingTo("79.9");
	}

	@Test
	void roundsOnceFromTheExactValue() {
		// given 79.9499…, which rounded twice (to 79.95, then to one decimal) would wrongly show 80.0
		Fraction fit = Fraction.of(799_499, 10_000);

		// when
		BigDecimal shown = fit.rounded();

		// then
		assertThat(shown).isEqualByComparingTo("79.9");
	}

	@Test
	void aWholeNumberIsShownWithOneDecimal() {
		// given
		Fraction fit = Fraction.of(55, 1);

		// when
		BigDecimal shown = fit.rounded();

		// then
		assertThat(shown.scale()).isEqualTo(1);
		assertThat(shown.toPlainString()).isEqualTo("55.0");
	}

	@Test
	void everyShownValueHasExactlyOneDecimal() {
		assertThat(Fraction.of(1, 3).rounded().toPlainString()).isEqualTo("0.3");
		assertThat(Fraction.of(7995, 100).rounded().toPlainString()).isEqualTo("80.0");
		assertThat(Fraction.ZERO.rounded().toPlainString()).isEqualTo("0.0");
		assertThat(Fraction.of(100, 1).rounded().toPlainString()).isEqualTo("100.0");
	}

	@Test
	void aNegativeChangeRoundsItsHalfAwayFromZeroAsASpreadsheetDoes() {
		// given a quarter-over-quarter change of −0.05 (ROUND(-0.05; 1) = −0.1 in Excel and LibreOffice)
		Fraction change = Fraction.of(-5, 100);

		// when
		BigDecimal shown = change.rounded();

		// then
		assertThat(shown).isEqualByComparingTo("-0.1");
	}

	@Test
	void valuesAreComparedUnrounded() {
		// given 79.95 and 80, both shown as 80.0
		Fraction almostEighty = Fraction.of(7995, 100);
		Fraction eighty = Fraction.of(80, 1);

		// then
		assertThat(almostEighty.rounded()).isEqualByComparingTo(eighty.rounded());
		assertThat(almostEighty).isLessThan(eighty);
		assertThat(almostEighty.isAtLeast(eighty)).isFalse();
	}

	@Test
	void aValueIsAtLeastItself() {
		assertThat(Fraction.of(160, 2).isAtLeast(Fraction.of(80, 1))).isTrue();
	}

	@Test
	void comparesFractionsWithDifferentDenominators() {
		// given 1/3 = 0.333… and 33/100 = 0.33
		assertThat(Fraction.of(1, 3)).isGreaterThan(Fraction.of(33, 100));
		assertThat(Fraction.of(1, 3)).isEqualByComparingTo(Fraction.of(2, 6));
	}

	@Test
	void addsExactly() {
		// 1/3 + 1/6 = 2/6 + 1/6 = 1/2
		assertThat(Fraction.of(1, 3).plus(Fraction.of(1, 6))).isEqualTo(Fraction.of(1, 2));
	}

	@Test
	void subtractsExactly() {
		// 1/3 − 1/2 = 2/6 − 3/6 = −1/6
		assertThat(Fraction.of(1, 3).minus(Fraction.of(1, 2))).isEqualTo(Fraction.of(-1, 6));
	}

	@Test
	void dividesExactly() {
		// (200/3) / 4 = 50/3
		assertThat(Fraction.of(200, 3).dividedBy(4)).isEqualTo(Fraction.of(50, 3));
	}

	@Test
	void meanIsExact() {
		// given fits of 200/3 (66.7 shown), 200/3 (66.7 shown) and 0
		List<Fraction> fits = List.of(Fraction.of(200, 3), Fraction.of(200, 3), Fraction.ZERO);

		// when
		Fraction mean = Fraction.mean(fits);

		// then (200/3 + 200/3 + 0) / 3 = 400/9 = 44.44… → 44.4, where the mean of the shown values,
		// (66.7 + 66.7 + 0) / 3 = 44.466…, would show 44.5
		assertThat(mean).isEqualTo(Fraction.of(400, 9));
		assertThat(mean.rounded()).isEqualByComparingTo("44.4");
	}

	@Test
	void meanOfNothingIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fraction.mean(List.of()));
	}

	@Test
	void decimalThresholdIsReadExactly() {
		// given a configured hybrid threshold of 79.5
		Fraction threshold = Fraction.of(new BigDecimal("79.5"));

		// then
		assertThat(threshold).isEqualTo(Fraction.of(159, 2));
	}

	@Test
	void wholeThresholdIsReadExactly() {
		assertThat(Fraction.of(BigDecimal.valueOf(80))).isEqualTo(Fraction.of(80, 1));
		assertThat(Fraction.of(new BigDecimal("8E+1"))).isEqualTo(Fraction.of(80, 1));
		assertThat(Fraction.of(new BigDecimal("80.00"))).isEqualTo(Fraction.of(80, 1));
	}

	@Test
	void printsAsNumeratorOverDenominator() {
		assertThat(Fraction.percent(2, 3)).hasToString("200/3");
	}

}
