package com.skillgap.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.ScoringRules;
import com.skillgap.analysis.Team;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;
import com.skillgap.matrix.ScaleLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heatmap of the PDF report: how it is cut into pages ({@link HeatmapLayout}) and what its pages say, read back
 * as text. Table cells come out of the text extractor run together, so rows are compared with all whitespace removed.
 */
class HeatmapPagesTests {

	@Nested
	class Layout {

		@Test
		void thirtyMembersAndTwentyEightResponsibilitiesShareOnePage() {
			HeatmapLayout layout = HeatmapLayout.of(30, areas("A", 10, "B", 10, "C", 8));

			assertThat(layout.pages()).containsExactly(page(0, 30, 0, 28));
			assertThat(layout.split()).isFalse();
		}

		@Test
		void theThirtyFirstMemberMakesTwoEvenPagesWithTheSameResponsibilities() {
			HeatmapLayout layout = HeatmapLayout.of(31, areas("A", 10, "B", 10, "C", 8));

			assertThat(layout.pages()).containsExactly(page(0, 15, 0, 28), page(15, 31, 0, 28));
			assertThat(layout.split()).isTrue();
		}

		@Test
		void responsibilitiesBreakWhereAnAreaEndsWhenTheWholeAreaFits() {
			// A and B (22) fit a page, C would take it to 30: the first page ends after B
			HeatmapLayout layout = HeatmapLayout.of(5, areas("A", 10, "B", 12, "C", 8, "D", 4));

			assertThat(layout.pages()).containsExactly(page(0, 5, 0, 22), page(0, 5, 22, 34));
		}

		@Test
		void anAreaLongerThanAPageIsCutWhereThePageIsFull() {
			HeatmapLayout layout = HeatmapLayout.of(5, areas("A", 5, "B", 30, "C", 2));

			assertThat(layout.pages()).containsExactly(page(0, 5, 0, 5), page(0, 5, 5, 33), page(0, 5, 33, 37));
		}

		@Test
		void eachResponsibilityBlockShowsTheWholeTeamBeforeTheNextBlock() {
			HeatmapLayout layout = HeatmapLayout.of(75, areas("A", 20, "B", 20));

			assertThat(layout.pages()).containsExactly(page(0, 25, 0, 20), page(25, 50, 0, 20), page(50, 75, 0, 20),
					page(0, 25, 20, 40), page(25, 50, 20, 40), page(50, 75, 20, 40));
		}

		@Test
		void everyMemberAppearsExactlyOncePerResponsibilityBlockAndEveryResponsibilityOnce() {
			List<String> areas = areas("A", 3, "B", 27, "C", 29, "D", 1, "E", 12);
			for (int members : List.of(1, 29, 30, 31, 59, 60, 61, 100)) {
				HeatmapLayout layout = HeatmapLayout.of(members, areas);
				Map<HeatmapLayout.Range, List<Integer>> membersByBlock = new HashMap<>();
				for (HeatmapLayout.Page page : layout.pages()) {
					assertThat(page.members().size()).isBetween(1, HeatmapLayout.MEMBERS_PER_PAGE);
					assertThat(page.responsibilities().size()).isBetween(1, HeatmapLayout.RESPONSIBILITIES_PER_PAGE);
					List<Integer> shown = membersByBlock.computeIfAbsent(page.responsibilities(),
							block -> new ArrayList<>());
					IntStream.range(page.members().from(), page.members().to()).forEach(shown::add);
				}
				List<Integer> everyone = IntStream.range(0, members).boxed().toList();
				assertThat(membersByBlock.values()).as(members + " members").allSatisfy(shown -> assertThat(shown)
					.containsExactlyElementsOf(everyone));
				List<Integer> responsibilities = membersByBlock.keySet()
					.stream()
					.sorted((one, other) -> Integer.compare(one.from(), other.from()))
					.flatMap(block -> IntStream.range(block.from(), block.to()).boxed())
					.toList();
				assertThat(responsibilities).containsExactlyElementsOf(IntStream.range(0, areas.size()).boxed().toList());
			}
		}

		@Test
		void nobodyToShowMeansNoPages() {
			assertThat(HeatmapLayout.of(0, areas("A", 10)).pages()).isEmpty();
		}

		@Test
		void theCaptionCountsFromOne() {
			HeatmapLayout layout = HeatmapLayout.of(45, areas("A", 28));

			assertThat(layout.caption(layout.pages().get(1)))
				.isEqualTo("Members 23–45 of 45 · responsibilities 1–28 of 28");
		}

		private static HeatmapLayout.Page page(int fromMember, int toMember, int fromResponsibility,
				int toResponsibility) {
			return new HeatmapLayout.Page(new HeatmapLayout.Range(fromMember, toMember),
					new HeatmapLayout.Range(fromResponsibility, toResponsibility));
		}

		/** Area names in matrix order, e.g. {@code areas("A", 2, "B", 1)} is A, A, B. */
		private static List<String> areas(Object... runs) {
			List<String> areas = new ArrayList<>();
			for (int i = 0; i < runs.length; i += 2) {
				areas.addAll(Collections.nCopies((Integer) runs[i + 1], (String) runs[i]));
			}
			return areas;
		}

	}

	@Nested
	class PlatformTeam {

		private static final TeamReportContent CONTENT = TeamReportFixtures.platformTeam();

		private static final Report REPORT = new Report(CONTENT);

		@Test
		void eachMembersRowReadsTheirLevelsInMatrixOrderWithNotAssessedAsNa() {
			String heatmap = compact(REPORT.heatmap());

			for (MemberAnalysis member : CONTENT.analysis().members()) {
				assertThat(heatmap).as(member.person().name())
					.contains(row(member.person(), CONTENT.matrix().responsibilities()));
			}
			// Bjørn was not assessed on Networking & firewalls, Ingrid assessed 0 there
			assertThat(heatmap).contains(compact("Bjørn Håland 3 2 n/a 2 1 n/a 2"),
					compact("Ingrid Sørensen 1 1 n/a 1 0 0 0"));
		}

		@Test
		void showsTheLevelEachRoleRequiresBlankWhereTheRoleDoesNotRequireIt() {
			String heatmap = compact(REPORT.heatmap());

			for (Role role : CONTENT.matrix().roles()) {
				StringBuilder row = new StringBuilder("Required: " + role.name());
				for (Responsibility responsibility : CONTENT.matrix().responsibilities()) {
					if (responsibility.isRequiredBy(role.id())) {
						row.append(responsibility.requiredBy(role.id()));
					}
				}
				assertThat(heatmap).as(role.name()).contains(compact(row.toString()));
			}
		}

		@Test
		void namesEveryAreaAndResponsibilityAndHasTheLegend() {
			String heatmap = compact(REPORT.heatmap());

			assertThat(heatmap).containsSubsequence(areaNames(CONTENT.matrix()));
			for (Responsibility responsibility : CONTENT.matrix().responsibilities()) {
				assertThat(heatmap).contains(compact(responsibility.name()));
			}
			assertThat(heatmap).contains(legend(CONTENT.matrix()));
		}

		@Test
		void isOneLandscapePageBetweenPortraitPages() throws IOException {
			PdfReader reader = new PdfReader(REPORT.pdf);
			int page = REPORT.heatmapPages().getFirst();

			assertThat(REPORT.heatmapPages()).hasSize(1);
			assertThat(reader.getPageSizeWithRotation(page).getWidth())
				.isGreaterThan(reader.getPageSizeWithRotation(page).getHeight());
			assertThat(reader.getPageSizeWithRotation(page - 1).getWidth())
				.isLessThan(reader.getPageSizeWithRotation(page - 1).getHeight());
			assertThat(reader.getPageSizeWithRotation(page + 1).getWidth())
				.isLessThan(reader.getPageSizeWithRotation(page + 1).getHeight());
		}

		@Test
		void aSinglePageHasNoCaptionAndNoBookmarksUnderTheSection() {
			assertThat(REPORT.heatmap()).doesNotContain("Members 1–6 of 6");
			assertThat(REPORT.heatmapBookmark()).doesNotContainKey("Kids");
		}

	}

	@Test
	void thirtyMembersAndTwentyEightResponsibilitiesFitOneReadablePage() throws IOException {
		TeamReportContent content = team(30, widerMatrix(3));
		Report report = new Report(content);

		assertThat(content.matrix().responsibilities()).hasSize(28);
		assertThat(report.heatmapPages()).hasSize(1);
		String heatmap = compact(report.heatmap());
		for (MemberAnalysis member : content.analysis().members()) {
			assertThat(heatmap).contains(row(member.person(), content.matrix().responsibilities()));
		}
	}

	@Test
	void aBiggerTeamAndMatrixRunOverPagesEachWithItsHeadersLegendAndCaption() throws IOException {
		Matrix matrix = widerMatrix();
		TeamReportContent content = team(45, matrix);
		Report report = new Report(content);
		List<MemberAnalysis> members = content.analysis().members();
		// 25 responsibilities of six areas fit one page, the seventh area (6) goes on the next
		List<Responsibility> first = matrix.responsibilities().subList(0, 25);
		List<Responsibility> second = matrix.responsibilities().subList(25, 31);

		List<String> pages = report.heatmapPages().stream().map(page -> report.pages.get(page - 1)).toList();

		assertThat(pages).hasSize(4);
		List<List<Responsibility>> blocks = List.of(first, first, second, second);
		List<List<MemberAnalysis>> memberBlocks = List.of(members.subList(0, 22), members.subList(22, 45),
				members.subList(0, 22), members.subList(22, 45));
		List<String> captions = List.of("Members 1–22 of 45 · responsibilities 1–25 of 31",
				"Members 23–45 of 45 · responsibilities 1–25 of 31", "Members 1–22 of 45 · responsibilities 26–31 of 31",
				"Members 23–45 of 45 · responsibilities 26–31 of 31");
		for (int i = 0; i < pages.size(); i++) {
			String page = compact(pages.get(i));
			assertThat(page).as("page " + i).contains(compact(captions.get(i)), legend(matrix), "Area", "Name");
			for (Role role : matrix.roles()) {
				assertThat(page).as("page " + i).contains(compact("Required: " + role.name()));
			}
			for (Responsibility responsibility : blocks.get(i)) {
				assertThat(page).as("page " + i).contains(compact(responsibility.name()));
			}
			for (MemberAnalysis member : memberBlocks.get(i)) {
				assertThat(page).as("page " + i).contains(row(member.person(), blocks.get(i)));
			}
		}
		for (MemberAnalysis member : members) {
			String name = compact(member.person().name());
			assertThat(occurrences(compact(pages.get(0) + pages.get(1)), name)).as(name).isOne();
			assertThat(occurrences(compact(pages.get(2) + pages.get(3)), name)).as(name).isOne();
		}
		assertThat(occurrences(compact(String.join("", pages)), compact(second.getFirst().name()))).isEqualTo(2);
	}

	@Test
	void aSplitHeatmapHasABookmarkPerPageUnderItsSection() throws IOException {
		Report report = new Report(team(45, widerMatrix()));

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> kids = (List<Map<String, Object>>) report.heatmapBookmark().get("Kids");

		assertThat(kids).extracting(bookmark -> bookmark.get("Title"))
			.containsExactly("Members 1–22 of 45 · responsibilities 1–25 of 31",
					"Members 23–45 of 45 · responsibilities 1–25 of 31",
					"Members 1–22 of 45 · responsibilities 26–31 of 31",
					"Members 23–45 of 45 · responsibilities 26–31 of 31");
		assertThat(kids).extracting(Report::pageOf).containsExactlyElementsOf(report.heatmapPages());
	}

	@Test
	void aVeryLongNameIsCutToOneLineSoEachPageHoldsTheMembersItsCaptionSays() throws IOException {
		TeamReportContent base = team(45, TeamReportFixtures.MATRIX);
		List<Person> people = new ArrayList<>(base.analysis().team().members());
		String longName = "Maria " + "de los Ángeles Fernández de Córdoba y Villanueva-Ortega ".repeat(3) + "Ruiz";
		Person first = people.get(0);
		people.set(0, new Person(longName, null, first.currentRole(), null, first.levels()));
		Team team = new Team("big-team", "Big Team", people);
		TeamReportContent content = new TeamReportContent(TeamReportFixtures.QUARTER, TeamReportFixtures.MATRIX,
				new GapAnalysis(TeamReportFixtures.MATRIX, ScoringRules.DEFAULT).analyse(team), List.of());
		Report report = new Report(content);
		List<MemberAnalysis> members = content.analysis().members();

		List<String> pages = report.heatmapPages().stream().map(page -> report.pages.get(page - 1)).toList();

		assertThat(pages).hasSize(2);
		assertThat(compact(pages.get(0))).contains(compact("Members 1–22 of 45"), compact("Maria de los Ángeles"), "…")
			.doesNotContain(compact(longName));
		for (MemberAnalysis member : members.subList(1, 22)) {
			assertThat(compact(pages.get(0))).contains(row(member.person(), TeamReportFixtures.MATRIX.responsibilities()));
		}
		for (MemberAnalysis member : members.subList(22, 45)) {
			assertThat(compact(pages.get(1))).contains(row(member.person(), TeamReportFixtures.MATRIX.responsibilities()));
		}
	}

	@Test
	void aNameIsCutAtTheWidthWithAnEllipsisOrLeftWhole() {
		org.openpdf.text.Font font = new PdfFonts().cell;

		assertThat(HeatmapPages.oneLine("Ana Lima", font, 200)).isEqualTo("Ana Lima");
		String cut = HeatmapPages.oneLine("Bartholomew Fitzwilliam-Montgomery", font, 60);
		assertThat(cut).endsWith("…").startsWith("Bart");
		assertThat(font.getBaseFont().getWidthPoint(cut, font.getSize())).isLessThanOrEqualTo(60);
	}

	@Test
	void aTeamWithNobodyInItSaysSo() throws IOException {
		Report report = new Report(TeamReportFixtures.content(new Team("empty", "Empty Team", List.of()), List.of()));

		assertThat(report.heatmap()).contains("Nobody was counted in this team.").doesNotContain("Levels:");
	}

	/** A member's row: the name, then each level in the given order, "n/a" where not assessed. */
	private static String row(Person person, List<Responsibility> responsibilities) {
		StringBuilder row = new StringBuilder(person.name());
		for (Responsibility responsibility : responsibilities) {
			Integer level = person.levels().get(responsibility.id());
			row.append(level == null ? "n/a" : level.toString());
		}
		return compact(row.toString());
	}

	private static String legend(Matrix matrix) {
		StringBuilder legend = new StringBuilder("Levels:");
		for (ScaleLevel level : matrix.scale().levels()) {
			legend.append(level.level()).append(level.name());
		}
		return compact(legend.append("n/a not assessed").toString());
	}

	private static String[] areaNames(Matrix matrix) {
		return matrix.responsibilities().stream().map(r -> compact(r.area())).distinct().toArray(String[]::new);
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static final List<String> GIVEN_NAMES = List.of("Zofia", "Çağrı", "Νίκος", "Bjørn", "Łukasz", "Ingrid",
			"Aoife", "Mateus", "Priyanka", "Kwame");

	private static final List<String> FAMILY_NAMES = List.of("Wiśniewska",
			"Fernández de Córdoba y Villanueva-Ortega", "Παπαδόπουλος", "Håland", "Yılmaz");

	/**
	 * A team of up to fifty distinct people with levels spread over the whole scale and some not assessed, measured
	 * against the given matrix.
	 */
	static TeamReportContent team(int size, Matrix matrix) {
		List<Person> people = new ArrayList<>();
		List<Responsibility> responsibilities = matrix.responsibilities();
		for (int i = 0; i < size; i++) {
			if (i >= GIVEN_NAMES.size() * FAMILY_NAMES.size()) {
				throw new IllegalArgumentException("at most fifty people");
			}
			String name = GIVEN_NAMES.get(i % GIVEN_NAMES.size()) + " " + FAMILY_NAMES.get(i / GIVEN_NAMES.size());
			Map<String, Integer> levels = new HashMap<>();
			for (int j = 0; j < responsibilities.size(); j++) {
				int value = (i * 3 + j * 5 + i * j + j * j) % 7;
				if (value < 6) {
					levels.put(responsibilities.get(j).id(), value == 5 ? 2 : value);
				}
			}
			people.add(new Person(name, null, "Cloud Engineer", null, levels));
		}
		Team team = new Team("big-team", "Big Team", people);
		return new TeamReportContent(TeamReportFixtures.QUARTER, matrix,
				new GapAnalysis(matrix, ScoringRules.DEFAULT).analyse(team), List.of());
	}

	/** The default matrix with a seventh area of six responsibilities: 31 in all. */
	static Matrix widerMatrix() {
		return widerMatrix(6);
	}

	/** The default matrix with a seventh area of up to six responsibilities. */
	static Matrix widerMatrix(int extra) {
		Matrix matrix = TeamReportFixtures.MATRIX;
		List<Responsibility> responsibilities = new ArrayList<>(matrix.responsibilities());
		List<String> names = List.of("Data pipelines", "Data warehousing", "Streaming platforms",
				"Data quality checks", "Data governance & lineage", "Machine learning operations");
		for (String name : names.subList(0, extra)) {
			String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
			responsibilities.add(new Responsibility(id, name, "Data platform", null, List.of(), 2,
					Map.of("cloud-engineer", 2), List.of()));
		}
		return new Matrix("wider", "1", matrix.scale(), matrix.roles(), responsibilities);
	}

	/** A written report, read back page by page. */
	private static final class Report {

		private final byte[] pdf;

		private final List<String> pages;

		Report(TeamReportContent content) {
			try {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				new TeamReportPdf().write(content, out);
				this.pdf = out.toByteArray();
				PdfReader reader = new PdfReader(this.pdf);
				PdfTextExtractor extractor = new PdfTextExtractor(reader);
				List<String> texts = new ArrayList<>();
				for (int page = 1; page <= reader.getNumberOfPages(); page++) {
					texts.add(extractor.getTextFromPage(page));
				}
				this.pages = texts;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		/** The pages of the heatmap section, from its heading up to the page the next section starts on. */
		List<Integer> heatmapPages() {
			int start = pageOf(heatmapBookmark());
			int next = pageOf(bookmark("Since the previous quarter"));
			return IntStream.range(start, next).boxed().toList();
		}

		String heatmap() {
			return String.join("\n", heatmapPages().stream().map(page -> this.pages.get(page - 1)).toList());
		}

		Map<String, Object> heatmapBookmark() {
			return bookmark("Heatmap");
		}

		private Map<String, Object> bookmark(String title) {
			try {
				return SimpleBookmark.getBookmarkList(new PdfReader(this.pdf))
					.stream()
					.filter(bookmark -> title.equals(bookmark.get("Title")))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no bookmark " + title));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		/** The page a bookmark opens: its "Page" entry reads e.g. {@code 4 FitH 790.0}. */
		static int pageOf(Map<String, Object> bookmark) {
			return Integer.parseInt(((String) bookmark.get("Page")).split(" ")[0]);
		}

	}

}
