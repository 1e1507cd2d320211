package com.skillgap.matrix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header matching is forgiving (input-format.md, "Which sheet, which header row"): text is lower-cased, each of
 * {@code / & - _ ( ) . :} counts as a space, runs of spaces count as one, and leading and trailing spaces are dropped.
 */
class HeaderTextTests {

	@Test
	void textIsLowerCased() {
		// given a header typed in capitals
		String header = "KUBERNETES";

		// when
		String normalised = HeaderText.normalise(header);

		// then
		assertThat(normalised).isEqualTo("kubernetes");
	}

	@ParameterizedTest(name = "''{0}'' counts as a space")
	@ValueSource(strings = { "/", "&", "-", "_", "(", ")", ".", ":" })
	void eachSeparatorCharacterCountsAsASpace(String separator) {
		// given
		String header = "ci" + separator + "cd";

		// when
		String normalised = HeaderText.normalise(header);

		// then
		assertThat(normalised).isEqualTo("ci cd");
	}

	@Test
	void aRunOfSpacesAndSeparatorsCountsAsOneSpace() {
		// given
		String header = "Backup  &  (disaster)   recovery";

		// when
		String normalised = HeaderText.normalise(header);

		// then
		assertThat(normalised).isEqualTo("backup disaster recovery");
	}

	@Test
	void leadingAndTrailingSpacesAreDropped() {
		// given a header padded with spaces and with separators at both ends
		String header = "   (Kubernetes):  ";

		// when
		String normalised = HeaderText.normalise(header);

		// then
		assertThat(normalised).isEqualTo("kubernetes");
	}

	@Test
	void separatorsAndCaseDoNotMatterBetweenTwoSpellings() {
		// given the two spellings the spec calls equal
		String asWritten = "CI/CD Pipelines";
		String plain = "ci cd pipelines";

		// when / then
		assertThat(HeaderText.normalise(asWritten)).isEqualTo(HeaderText.normalise(plain));
	}

	@Test
	void aMissingSpaceIsNotForgiven() {
		// given the two spellings the spec calls different
		String joined = "CICD";
		String apart = "CI CD";

		// when / then
		assertThat(HeaderText.normalise(joined)).isNotEqualTo(HeaderText.normalise(apart));
	}

	@ParameterizedTest(name = "''{0}'' is kept")
	@ValueSource(strings = { "c#", "c++", "a,b", "a;b", "a+b", "a'b", "a#b" })
	void otherPunctuationIsKept(String header) {
		// given punctuation that is not one of / & - _ ( ) . :

		// when
		String normalised = HeaderText.normalise(header);

		// then
		assertThat(normalised).isEqualTo(header);
	}

	@Test
	void accentsAreKept() {
		// given only lower-casing is asked for, unlike team ids
		String header = "Équipe Réseau";

		// when
		String normalised = HeaderText.normalise(header);

		// then
		assertThat(normalised).isEqualTo("équipe réseau");
	}

	@Test
	void aMissingHeaderIsEmptyText() {
		// given a cell with no text at all

		// when
		String normalised = HeaderText.normalise(null);

		// then
		assertThat(normalised).isEmpty();
	}

	@Test
	void aHeaderOfOnlySeparatorsIsEmptyText() {
		// given
		String header = " - / : ";

		// when
		String normalised = HeaderText.normalise(header);

		// then
		assertThat(normalised).isEmpty();
	}

}
