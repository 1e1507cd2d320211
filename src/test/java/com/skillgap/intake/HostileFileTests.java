package com.skillgap.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
				Arguments.of("hostile-20000-columns.csv", "row 2 has a value in column SG, beyond the limit of 500 "
						+ "columns: delete the unused columns, or split the file"),
				Arguments.of("hostile-2mb-cell.xlsx", "one of the workbook's texts" + TOO_LONG),
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

	@AfterEach
	void restoreTheDefaultZipLimits() {
		WorkbookSafety.applyToPoi(IntakeLimits.DEFAULT);
	}

	@Test
	void theZipLimitsAreTheOnesConfigured() {
		IntakeLimits defaults = IntakeLimits.DEFAULT;
		IntakeLimits fewParts = new IntakeLimits(defaults.maxFileBytes(), 1000, 500, 32_767, defaults.maxPartBytes(),
				0.01, 5, 1000, 4L << 20);
		IntakeLimits smallParts = new IntakeLimits(defaults.maxFileBytes(), 1000, 500, 32_767, 4096, 0.01, 1000, 1000, 4L << 20);

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

	@Test
	void refusesACellOfHundredsOfMillionsOfCharactersWithoutHoldingIt(@TempDir Path folder) throws Exception {
		Path file = streamedWorkbook(folder.resolve("huge-cell.xlsx"), out -> {
			out.write(utf8("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Ana</t></is></c>"
					+ "<c r=\"B2\" t=\"inlineStr\"><is><t>"));
			writeWords(out, 150_000_000);
			out.write(utf8("</t></is></c></row>"));
		});
		assertThat(reason(file, IntakeLimits.DEFAULT)).isEqualTo("cell B2" + TOO_LONG);
	}

	@Test
	void refusesMillionsOfTinySharedStrings(@TempDir Path folder) throws Exception {
		Path file = CraftedWorkbooks.workbook(folder.resolve("tiny-strings.xlsx"), CraftedWorkbooks.HEADER);
		addSharedStrings(file, 3_000_000);
		assertThat(reason(file, IntakeLimits.DEFAULT)).isEqualTo("the workbook's cells share more than 32,000,000 "
				+ "characters of text, the limit: split it into smaller files");
	}

	@Test
	void refusesDocumentPropertiesThatClaimHundredsOfMegabytes(@TempDir Path folder) throws Exception {
		java.util.List<ZipParts.Entry> parts = ZipParts.read(Files.readAllBytes(corpus("valid-team-column.xlsx")));
		ZipParts.Entry properties = new ZipParts.Entry("docProps/core.xml", utf8("<coreProperties/>"));
		properties.localSize = 200L << 20;
		properties.centralSize = 200L << 20;
		parts.add(properties);
		Path file = Files.write(folder.resolve("core.xlsx"), ZipParts.write(parts));
		assertThat(reason(file, IntakeLimits.DEFAULT)).isEqualTo("the workbook's part 'docProps/core.xml' claims to "
				+ "unpack to 200 MB, far more than such a part ever needs (4 MB)" + NOT_READ);
	}

	/** A one-sheet workbook whose sheet rows are streamed into the zip, so the test never holds them. */
	private static Path streamedWorkbook(Path file, RowsWriter rows) throws IOException {
		Path small = CraftedWorkbooks.workbook(file.resolveSibling("small.xlsx"), CraftedWorkbooks.HEADER);
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(small));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				int end = xml.indexOf("</sheetData>");
				if (entry.getName().equals("xl/worksheets/sheet1.xml") && end >= 0) {
					out.write(utf8(xml.substring(0, end)));
					rows.write(out);
					out.write(utf8(xml.substring(end)));
				}
				else {
					out.write(utf8(xml));
				}
				out.closeEntry();
			}
		}
		return file;
	}

	private interface RowsWriter {

		void write(OutputStream out) throws IOException;

	}

	/** Seeded words from a small vocabulary: text that packs to about a tenth, like real prose, not like a bomb. */
	private static void writeWords(OutputStream out, long characters) throws IOException {
		String[] words = { "skills ", "cloud ", "devops ", "matrix ", "level ", "team ", "gap ", "report " };
		Random random = new Random(42);
		StringBuilder chunk = new StringBuilder(70_000);
		for (long written = 0; written < characters; written += chunk.length()) {
			chunk.setLength(0);
			while (chunk.length() < 65_536) {
				chunk.append(words[random.nextInt(words.length)]);
			}
			out.write(utf8(chunk.toString()));
		}
	}

	private static void addSharedStrings(Path file, int count) throws IOException {
		java.util.List<ZipParts.Entry> parts = ZipParts.read(Files.readAllBytes(file));
		StringBuilder table = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
				+ CraftedWorkbooks.TRANSITIONAL + "\">");
		Random random = new Random(7);
		for (int i = 0; i < count; i++) {
			table.append("<si><t>").append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)))
				.append((char) ('a' + random.nextInt(26))).append("</t></si>");
		}
		parts.add(new ZipParts.Entry("xl/sharedStrings.xml", utf8(table.append("</sst>").toString())));
		ZipParts.Entry types = parts.get(0);
		types.text(types.text().replace("</Types>", "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
				+ "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
		Files.write(file, ZipParts.write(parts));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String reason(Path file, IntakeLimits limits) {
		Outcome outcome = IntakeFixtures.read(List.of(new InputFile(0, file.getFileName().toString(), file)), null,
				limits);
		assertThat(outcome.files()).last().satisfies(last -> assertThat(last.imported()).isFalse());
		return outcome.files().get(outcome.files().size() - 1).reason();
	}

	private static Path corpus(String name) {
		return Path.of("src/test/resources/intake/corpus", name);
	}

}
