package com.skillgap.intake;

import java.util.List;

import com.skillgap.analysis.Person;

/**
 * A row that became a person of a team, with the cell problems found on the way (the row was still used).
 *
 * @param managers manager emails from the row, in order
 * @param assessedOn the assessed-on cell as ISO date or text, {@code null} when blank
 */
public record ImportedRow(InputFile file, String sheet, int row, String teamId, String teamName, Person person,
		List<String> managers, String assessedOn, List<DataIssue> cellIssues) implements IntakeItem {

	public ImportedRow {
		managers = List.copyOf(managers);
		cellIssues = List.copyOf(cellIssues);
	}

}
