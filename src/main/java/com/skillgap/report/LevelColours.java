package com.skillgap.report;

import java.awt.Color;

/**
 * The heatmap's colour scale, the same in the PDF and the workbook: a light blue-grey for the lowest level, so a 0 is
 * still a visible tint and never looks like a cell nobody assessed (which has no fill), through to a strong blue for
 * the highest level. Each level's number is written in whichever of dark or white text contrasts more with its fill.
 */
final class LevelColours {

	/** The fill of the lowest level ... */
	private static final Color WEAKEST = new Color(0xDD, 0xE6, 0xF1);

	/** ... and of the highest; the levels between are evenly spaced blends. */
	private static final Color STRONGEST = new Color(0x1F, 0x4E, 0x8C);

	/** The text on the light fills, the report text colour ({@link PdfFonts#TEXT}). */
	private static final Color DARK_TEXT = new Color(0x22, 0x22, 0x22);

	private LevelColours() {
	}

	/** The fill of a level on a scale from 0 to {@code highest}. */
	static Color fill(int level, int highest) {
		float strength = (highest <= 0) ? 0 : Math.clamp((float) level / highest, 0f, 1f);
		return new Color(mix(WEAKEST.getRed(), STRONGEST.getRed(), strength),
				mix(WEAKEST.getGreen(), STRONGEST.getGreen(), strength),
				mix(WEAKEST.getBlue(), STRONGEST.getBlue(), strength));
	}

	/** Whether a level's number reads better in white than in dark text on its fill. */
	static boolean lightText(int level, int highest) {
		Color fill = fill(level, highest);
		return contrast(fill, Color.WHITE) > contrast(fill, DARK_TEXT);
	}

	/** The colour of a level's number on its fill. */
	static Color text(int level, int highest) {
		return lightText(level, highest) ? Color.WHITE : DARK_TEXT;
	}

	private static int mix(int from, int to, float strength) {
		return Math.round(from + (to - from) * strength);
	}

	/** The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white). */
	private static double contrast(Color one, Color other) {
		double lighter = Math.max(luminance(one), luminance(other));
		double darker = Math.min(luminance(one), luminance(other));
		return (lighter + 0.05) / (darker + 0.05);
	}

	private static double luminance(Color colour) {
		return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
	}

	private static double linear(int channel) {
		double value = channel / 255.0;
		return (value <= 0.03928) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

}
