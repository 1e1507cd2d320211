package com.skillgap.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import com.skillgap.analysis.Person;
import com.skillgap.analysis.Team;
import com.skillgap.intake.ImportedRow;
import com.skillgap.intake.IntakeFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's embedded fonts have a glyph for every letter of the names managers send: every name in the bundled
 * sample sheets, and the letters of the languages the team members write their names in.
 */
class PdfFontsTests {

	/** Names in Latin with accents, Polish, Turkish, Greek, Nordic, Romanian, Czech, Hungarian, German and Cyrillic. */
	private static final List<String> NAMES = List.of("Zofia Wiśniewska", "Małgorzata Zielińska",
			"Bartosz Dąbrowski", "Żaneta Łęcka", "Çağrı Yılmaz", "İpek Şahin", "Ayşe Öztürk", "Νίκος Παπαδόπουλος",
			"Δήμητρα Κωνσταντίνου", "ΑΘΗΝΑ ΣΤΑΥΡΟΥ", "Guðrún Ólafsdóttir", "Bjørn Håland", "Þórður Æsir",
			"Ștefan Țurcanu", "Jiří Dvořák", "Zoltán Győző", "Lucía Fernández", "François Lefèvre", "Müller-Weiß",
			"João Gonçalves", "Ingrid Løvås", "Ольга Іваненко");

	@Test
	void haveAGlyphForEveryLetterOfLatinWithAccentsPolishTurkishAndGreek() {
		StringBuilder letters = new StringBuilder();
		// Latin-1 letters, Latin Extended-A (Polish, Turkish, Czech, Hungarian …), Greek and Coptic letters
		Stream.of(range(0x00C0, 0x00FF), range(0x0100, 0x017F), range(0x0386, 0x03CE))
			.flatMap(List::stream)
			.filter(Character::isLetter)
			.forEach(letters::appendCodePoint);

		assertThat(PdfFonts.canShow(letters.toString())).isTrue();
		assertThat(NAMES).allMatch(PdfFonts::canShow);
	}

	@Test
	void haveAGlyphForEveryNameInTheSampleSheets() throws IOException {
		List<Path> samples;
		try (Stream<Path> files = Files.list(Path.of("input"))) {
			samples = files.sorted().toList();
		}
		List<String> names = IntakeFixtures.read("sample", samples.toArray(Path[]::new))
			.imported()
			.stream()
			.map(ImportedRow::person)
			.map(Person::name)
			.toList();

		assertThat(names).hasSizeGreaterThan(20).allMatch(PdfFonts::canShow);
	}

	@Test
	void knowsWhenAGlyphIsMissing() {
		assertThat(PdfFonts.canShow("王小明")).isFalse();
		assertThat(PdfFonts.canShow("Ana\u00A0Lima")).isTrue();
	}

	@Test
	void spellsOutTheCodePointOfEachLetterItCannotDraw() {
		assertThat(PdfFonts.spelledOut("Team 王 Ana")).isEqualTo("Team [U+738B] Ana");
		assertThat(PdfFonts.spelledOut("Νίκος")).isEqualTo("Νίκος");
	}

	@Test
	void aReportSaysWhichNamesItCannotDrawAndSpellsThemOut() throws IOException {
		List<Person> people = List.of(new Person("王小明", null, "Cloud Engineer", null, Map.of()),
				new Person("Ana Lima", null, "Cloud Engineer", null, Map.of()));
		String text = text(TeamReportFixtures.content(new Team("team", "Team 王", people), List.of()));

		assertThat(text).contains("Some names use letters this report's font cannot draw")
			.contains("• Team [U+738B]", "• [U+738B][U+5C0F][U+660E]")
			.doesNotContain("• Ana Lima");
	}

	@Test
	void aReportWhoseNamesItCanDrawSaysNothingAboutLetters() throws IOException {
		assertThat(text(TeamReportFixtures.platformTeam())).doesNotContain("cannot draw");
	}

	@Test
	void everyNameComesBackFromTheReportExactlyAsWritten() throws IOException {
		List<Person> people = new ArrayList<>();
		for (String name : NAMES) {
			people.add(new Person(name, null, "Cloud Engineer", null, Map.of()));
		}
		TeamReportContent content = TeamReportFixtures.content(new Team("names", "Ünal & Żak", people), List.of());

		assertThat(text(content)).contains(NAMES).contains("Ünal & Żak");
	}

	private static String text(TeamReportContent content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TeamReportPdf().write(content, out);
		PdfReader reader = new PdfReader(out.toByteArray());
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

	private static List<Integer> range(int first, int last) {
		List<Integer> codePoints = new ArrayList<>();
		for (int codePoint = first; codePoint <= last; codePoint++) {
			codePoints.add(codePoint);
		}
		return codePoints;
	}

}
