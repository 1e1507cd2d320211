package com.skillgap.intake;

/** A non-blank row below the header, still to be interpreted. */
public record DataRow(SheetContext context, SheetRow row) implements IntakeItem {
}
