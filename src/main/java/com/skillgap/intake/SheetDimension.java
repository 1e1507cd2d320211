package com.skillgap.intake;

/** The extent an {@code .xlsx} sheet declares in its {@code <dimension ref="A1:AB1200"/>}, for progress only. */
final class SheetDimension {

	private SheetDimension() {
	}

	/** The last row of a reference such as {@code A1:AB1200}; 0 when there is none to read. */
	static int lastRow(String ref) {
		if (ref == null) {
			return 0;
		}
		String last = ref.substring(ref.indexOf(':') + 1).strip();
		int digits = 0;
		while (digits < last.length() && !Character.isDigit(last.charAt(digits))) {
			digits++;
		}
		try {
			return (digits < last.length()) ? Integer.parseInt(last.substring(digits)) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
