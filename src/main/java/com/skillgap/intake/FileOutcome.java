package com.skillgap.intake;

/**
 * Whether a file is imported or rejected. A file first reported imported may later be reported rejected (a damage
 * found half-way); the later outcome wins and the file then contributes no rows.
 *
 * @param reason why it was rejected, {@code null} when imported
 */
public record FileOutcome(InputFile file, boolean imported, String reason) implements IntakeItem {

	public static FileOutcome imported(InputFile file) {
		return new FileOutcome(file, true, null);
	}

	public static FileOutcome rejected(InputFile file, String reason) {
		return new FileOutcome(file, false, reason);
	}

}
