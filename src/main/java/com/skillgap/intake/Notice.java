package com.skillgap.intake;

/** A data issue found while reading, not tied to one data row (an ignored column, another skill-like sheet). */
public record Notice(InputFile file, DataIssue issue) implements IntakeItem {
}
