package com.skillgap.template;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;

/**
 * The values one drop-down of the template offers, and the guide's cells that list the same values in the same
 * order.
 * <p>
 * The drop-down carries its values itself (an explicit list) when Excel allows it: at most 255 characters with the
 * separating commas, and no value holding a comma or a quote. Otherwise — a custom matrix with many or long role
 * names — it refers to the guide's cells instead, which has no such limit.
 *
 * @param guideCells an absolute reference such as {@code Guide!$B$16:$B$21}
 */
record TemplateDropDown(List<String> values, String guideCells) {

	private static final int EXPLICIT_LIST_LIMIT = 255;

	TemplateDropDown {
		values = List.copyOf(values);
	}

	DataValidationConstraint constraint(DataValidationHelper helper) {
		if (fitsExplicitList()) {
			return helper.createExplicitListConstraint(this.values.toArray(String[]::new));
		}
		return helper.createFormulaListConstraint(this.guideCells);
	}

	boolean fitsExplicitList() {
		return String.join(",", this.values).length() <= EXPLICIT_LIST_LIMIT
				&& this.values.stream().noneMatch(value -> value.contains(",") || value.contains("\""));
	}

}
