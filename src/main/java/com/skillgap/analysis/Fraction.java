package com.skillgap.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. Fits, averages and completeness are compared unrounded and rounded half-up to one
 * decimal only when shown, so a fit of 79.96 shows as 80.0 yet is below 80.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

	public static final Fraction ZERO = of(0, 1);

	public Fraction {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("denominator is zero");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		BigInteger divisor = numerator.gcd(denominator);
		if (!divisor.equals(BigInteger.ONE) && divisor.signum() != 0) {
			numerator = numerator.divide(divisor);
			denominator = denominator.divide(divisor);
		}
	}

	public static Fraction of(long numerator, long denominator) {
		return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	/** {@code 100 × part / whole}: a percentage, exactly. */
	public static Fraction percent(long part, long whole) {
		return of(100 * part, whole);
	}

	public Fraction plus(Fraction other) {
		return new Fraction(this.numerator.multiply(other.denominator).add(other.numerator.multiply(this.denominator)),
				this.denominator.multiply(other.denominator));
	}

	public Fraction minus(Fraction other) {
		return plus(new Fraction(other.numerator.negate(), other.denominator));
	}

	public Fraction dividedBy(long divisor) {
		return new Fraction(this.numerator, this.denominator.multiply(BigInteger.valueOf(divisor)));
	}

	/** The value rounded half-up to one decimal, the only form in which a number is shown or written. */
	public BigDecimal rounded() {
		return new BigDecimal(this.numerator).divide(new BigDecimal(this.denominator), 1, RoundingMode.HALF_UP);
	}

	/** The exact value of a decimal, e.g. a configured threshold of 80 or 79.5. */
	public static Fraction of(BigDecimal value) {
		return value.scale() >= 0 ? new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
				: new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
	}

	public boolean isAtLeast(Fraction threshold) {
		return compareTo(threshold) >= 0;
	}

	@Override
	public int compareTo(Fraction other) {
		return this.numerator.multiply(other.denominator).compareTo(other.numerator.multiply(this.denominator));
	}

	/** The mean of a non-empty sum of values, exactly. */
	public static Fraction mean(Iterable<Fraction> values) {
		Fraction sum = ZERO;
		int count = 0;
		for (Fraction value : values) {
			sum = sum.plus(value);
			count++;
		}
		if (count == 0) {
			throw new IllegalArgumentException("the mean of no values");
		}
		return sum.dividedBy(count);
	}

	@Override
	public String toString() {
		return this.numerator + "/" + this.denominator;
	}

}
