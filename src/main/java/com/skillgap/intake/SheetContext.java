package com.skillgap.intake;

/**
 * The sheet a data row comes from: file, sheet name ({@code null} for CSV), header layout and the team used when the
 * row names none (given at upload or on the command line, else the file name).
 */
public record SheetContext(InputFile file, String sheet, SheetLayout layout, String defaultTeam) {
}
