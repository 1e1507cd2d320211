package com.skillgap.report;

import java.awt.Color;

import com.skillgap.analysis.CoverageStatus;

/**
 * The background colour of a coverage status, the same in the PDF and the workbook: muted tints that print well in
 * colour and stay readable with black text, in greyscale too.
 */
final class CoverageStatusColours {

	private CoverageStatusColours() {
	}

	static Color of(CoverageStatus status) {
		return switch (status) {
			case UNCOVERED -> new Color(0xF2, 0xC4, 0xC0);
			case SINGLE_POINT_OF_FAILURE -> new Color(0xF8, 0xD9, 0xA8);
			case THIN -> new Color(0xFB, 0xF0, 0xB8);
			case COVERED -> new Color(0xCF, 0xE8, 0xCC);
		};
	}

}
