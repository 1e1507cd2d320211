package com.skillgap.intake;

/** {@code error}: a cell or row was not used; {@code warning}: the data was used (or a column ignored) and a person should know. */
public enum Severity {

	ERROR("error"), WARNING("warning");

	private final String code;

	Severity(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
