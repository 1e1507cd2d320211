package com.skillgap.intake;

import java.util.List;

import com.skillgap.analysis.Person;

/**
 * A row that became a person of a team, with the cell problems found on the way (the row was still used).
 *
 * @param managers manager emails from the row, in order
 * @param assessedOn the assessed-on date (ISO), {@code null} when blank or not a date
 * @param cellIssues problems with single cells of the row, which was still used
 * @param samePersonAsRow in long layout, the row of the same file that started this person, whose levels this row
 * adds to; {@code null} when the row starts a person
 */
public record ImportedRow(InputFile file, String sheet, int row, String teamId, String teamName, Person person,
		List<String> managers, String assessedOn, List<DataIssue> cellIssues, Integer samePersonAsRow)
		implements IntakeItem {

	public ImportedRow {
		managers = List.copyOf(managers);
		cellIssues = List.copyOf(cellIssues);
	}

}
