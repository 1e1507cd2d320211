package com.skillgap.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.skillgap.intake.IntakeFixtures.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Hostile files of the corpus (see {@code src/test/fixtures/intake-corpus.md}) are refused with a reason, and the
 * file after each is still read. Tagged {@code bounded-memory}: the build runs these in a JVM with a 256 MB heap, so
 * a reader that inflated a bomb or held a huge part in memory would fail here with an OutOfMemoryError.
 */
@Tag("bounded-memory")
class HostileFileTests {

	private static final String NOT_READ = "; the file was not read, for safety: open it in Excel or LibreOffice and "
			+ "save it again as .xlsx";

	private static final String DOCTYPE = " contains an XML document type declaration (DOCTYPE), which Excel never "
			+ "writes and which can be used to attack a server; the file was not read: open it in Excel or "
			+ "LibreOffice and save it again as .xlsx";

	private static final String TOO_LONG = " holds more than 32,767 characters, the limit for one cell: a skill sheet "
			+ "never needs that much; check the file and send it again";

	static Stream<Arguments> hostileFiles() {
		return Stream.of(
				Arguments.of("hostile-zip-bomb.xlsx", "a part of the workbook unpacks to more than 100 times its "
						+ "packed size, which real spreadsheets never do: the file looks like a zip bomb" + NOT_READ),
				Arguments.of("hostile-entry-claims-4gb.xlsx", "the workbook's part 'xl/worksheets/sheet1.xml' claims "
						+ "to unpack to 3.6 GB, over the limit of 1.0 GB" + NOT_READ),
				Arguments.of("hostile-5000-zip-entries.xlsx", "the workbook holds more than 1,000 internal parts (a "
						+ "skill sheet has about ten)" + NOT_READ),
				Arguments.of("hostile-doctype-workbook.xlsx", "the workbook" + DOCTYPE),
				Arguments.of("hostile-xxe-sheet.xlsx", "a sheet of the workbook" + DOCTYPE),
				Arguments.of("hostile-billion-laughs.xlsx", "the workbook's shared text" + DOCTYPE),
				Arguments.of("hostile-16384-columns.xlsx", "row 4 has a value in column SG, beyond the limit of 500 "
						+ "columns: delete the unused columns, or split the sheet"),
				Arguments.of("hostile-40000-columns.xlsx", "row 2 has a value in column SG, beyond the limit of 500 "
						+ "columns: delete the unused columns, or split the sheet"),
				Arguments.of("hostile-20000-columns.csv", "row 2 has more than 500 columns, the limit: delete the "
						+ "unused columns, or split the file"),
				Arguments.of("hostile-2mb-cell.xlsx", "a cell's text (shared text number 6)" + TOO_LONG),
				Arguments.of("hostile-1.5mb-cell.csv", "a field of row 2" + TOO_LONG));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void refusesTheFileWithItsReasonAndReadsTheNextFile(String name, String reason) {
		Outcome outcome = IntakeFixtures.read(null, corpus(name), Path.of("input/delivery-team.csv"));

		assertThat(outcome.files()).last().satisfies(file -> assertThat(file.file().displayPath()).isEqualTo(
				"delivery-team.csv"));
		assertThat(outcome.files()).filteredOn(file -> !file.imported())
			.extracting(file -> file.file().displayPath(), FileOutcome::reason)
			.containsExactly(tuple(name, reason));
		assertThat(outcome.keptRows()).extracting(ImportedRow::file)
			.extracting(InputFile::displayPath)
			.containsOnly("delivery-team.csv")
			.hasSize(8);
	}

	@Test
	void theZipLimitsAreTheOnesConfigured() {
		IntakeLimits defaults = IntakeLimits.DEFAULT;
		IntakeLimits fewParts = new IntakeLimits(defaults.maxFileBytes(), 1000, 500, 32_767, defaults.maxPartBytes(),
				0.01, 5, 1000);
		IntakeLimits smallParts = new IntakeLimits(defaults.maxFileBytes(), 1000, 500, 32_767, 4096, 0.01, 1000, 1000);

		assertThat(reason(fewParts)).isEqualTo("the workbook holds more than 5 internal parts (a skill sheet has about "
				+ "ten)" + NOT_READ);
		assertThat(reason(smallParts)).isEqualTo("the workbook's part 'xl/theme/theme1.xml' claims to unpack to 9 KB, "
				+ "over the limit of 4 KB" + NOT_READ);
	}

	private static String reason(IntakeLimits limits) {
		Path workbook = corpus("valid-team-column.xlsx");
		Outcome outcome = IntakeFixtures.read(List.of(new InputFile(0, "a.xlsx", workbook)), null, limits);
		assertThat(outcome.files()).singleElement().satisfies(file -> assertThat(file.imported()).isFalse());
		return outcome.files().get(0).reason();
	}

	private static Path corpus(String name) {
		return Path.of("src/test/resources/intake/corpus", name);
	}

}
