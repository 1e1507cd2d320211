package com.skillgap.workbook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which texts a spreadsheet program could take for a formula. */
class SpreadsheetTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1)", "-2+3", "@cmd", "\t=1+1", "\r=1+1",
			"＝1+1", "＋1", "－1", "＠SUM(A1)" })
	void textStartingWithAFormulaCharacterCouldBeAFormula(String text) {
		assertThat(SpreadsheetText.couldBeFormula(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Zofia Wiśniewska", "Ana-Maria Lima", "2026-Q4", " =1+1", "'2.5' is not a level",
			"input/platform-team.xlsx" })
	void otherTextIsLeftAlone(String text) {
		assertThat(SpreadsheetText.couldBeFormula(text)).isFalse();
	}

}
