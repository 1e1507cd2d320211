package com.skillgap.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.Gap;
import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.RoleFit;
import com.skillgap.analysis.ScoringRules;
import com.skillgap.analysis.Team;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.analysis.TeamTrend;
import com.skillgap.intake.DataIssue;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;
import com.skillgap.matrix.ScaleLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF gap report, read back the way a person reads it: as the text on its pages. Table cells come out of the
 * text extractor run together, so rows are compared with all whitespace removed.
 */
class TeamReportPdfTests {

	private static final TeamReportContent CONTENT = TeamReportFixtures.platformTeam();

	private static final TeamAnalysis ANALYSIS = CONTENT.analysis();

	private static byte[] pdf;

	private static List<String> pages;

	@BeforeAll
	static void writeReport() throws IOException {
		pdf = write(CONTENT);
		pages = pagesOf(pdf);
	}

	@Test
	void titlePageNamesTheTeamQuarterMatrixAndPeopleCounted() {
		String titlePage = compact(pages.get(0));

		assertThat(pages.get(0)).contains("Platform Team", "2026-Q4", "cloud-devops, version 2026.1");
		assertThat(titlePage).contains(compact("People counted 6"));
	}

	@Test
	void keyFiguresShowRoundedAverageFitsHybridsCoverageAndIssueCounts() {
		String titlePage = compact(pages.get(0));

		for (var role : CONTENT.matrix().roles()) {
			assertThat(titlePage).contains(compact("Average fit, " + role.name() + " "
					+ ANALYSIS.averageFit(role).rounded().toPlainString()));
		}
		assertThat(titlePage).contains(compact("Hybrids (fit for every role) 1"),
				compact("Responsibilities: uncovered 3"), compact("Responsibilities: single point of failure 1"),
				compact("Responsibilities: covered 21"), compact("Data issues 3 (2 errors, 1 warning)"));
	}

	@Test
	void showsEveryMemberByTheExactNameInAnyScript() {
		String text = String.join("\n", pages);

		assertThat(text).contains("Zofia Wiśniewska", "Çağrı Yılmaz", "Νίκος Παπαδόπουλος", "Bjørn Håland",
				"Łukasz Król", "Ingrid Sørensen");
	}

	@Test
	void fitTableShowsEachMembersRoundedFitsReadinessBestFitHybridTargetAndCompleteness() {
		String fitPage = compact(pages.get(1));

		for (MemberAnalysis member : ANALYSIS.members()) {
			StringBuilder row = new StringBuilder(member.person().name());
			row.append(member.person().currentRole() == null ? "—" : member.person().currentRole());
			for (RoleFit fit : member.fits()) {
				row.append(fit.fit().rounded().toPlainString()).append(fit.readiness().label());
			}
			row.append(member.bestFit().name())
				.append(member.hybrid() ? "yes" : "no")
				.append(member.targetRole().name())
				.append(member.completeness().rounded().toPlainString());
			assertThat(fitPage).as(member.person().name()).contains(compact(row.toString()));
		}
	}

	@Test
	void fitTableShowsTheRoundedValueNotTheExactFraction() {
		assertThat(compact(pages.get(1))).contains(compact("Zofia Wiśniewska Cloud Engineer 92.2 Ready 65.4"));
	}

	@Test
	void fitTableHasALandscapePage() {
		PdfReader reader = reader();

		assertThat(reader.getPageSizeWithRotation(2).getWidth()).isGreaterThan(reader.getPageSizeWithRotation(2).getHeight());
		assertThat(reader.getPageSizeWithRotation(1).getWidth()).isLessThan(reader.getPageSizeWithRotation(1).getHeight());
	}

	@Test
	void theCoveragePageCarriesItsChartAsAVectorDrawingNotAnImage() {
		int coveragePage = sectionPages(pages, "Team coverage", "Team level against required").get(0);

		assertThat(xObjects(reader(), coveragePage)).as("XObjects on the coverage page")
			.contains(PdfName.FORM)
			.doesNotContain(PdfName.IMAGE);
	}

	@Test
	void theTeamLevelChartHasAPortraitPageOfItsOwnRightAfterTheCoverage() {
		List<Integer> coverage = sectionPages(pages, "Team coverage", "Team level against required");
		List<Integer> levels = sectionPages(pages, "Team level against required", "Heatmap");
		PdfReader reader = reader();

		assertThat(levels).as("one page, right after the coverage pages").containsExactly(coverage.getLast() + 1);
		int page = levels.get(0);
		assertThat(reader.getPageSizeWithRotation(page).getHeight())
			.isGreaterThan(reader.getPageSizeWithRotation(page).getWidth());
		assertThat(xObjects(reader, page)).as("XObjects on the team level page")
			.containsExactly(PdfName.FORM);
		assertThat(compact(pages.get(page - 1)))
			.contains(compact("A role without a bar does not require the responsibility"));
	}

	@Test
	void theFitChartFollowsTheFitTableAsAVectorDrawingOnALandscapePage() {
		List<Integer> roleFit = sectionPages(pages, "Role fit per person", "Team coverage");
		PdfReader reader = reader();
		int chartPage = roleFit.stream()
			.filter(page -> pages.get(page - 1).contains("Cloud Engineer fit against DevOps Engineer fit"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no fit chart in " + roleFit));

		assertThat(xObjects(reader, chartPage)).contains(PdfName.FORM).doesNotContain(PdfName.IMAGE);
		assertThat(reader.getPageSizeWithRotation(chartPage).getWidth())
			.isGreaterThan(reader.getPageSizeWithRotation(chartPage).getHeight());
		assertThat(compact(section("Role fit per person", "Team coverage"))).containsSubsequence(
				compact("Ingrid Sørensen devops"), compact("Cloud Engineer fit against DevOps Engineer fit"),
				compact("Dashed lines: the hybrid threshold of 80"));
	}

	@Test
	void aMatrixWithOneRoleHasNoFitChartAndSaysWhy() throws IOException {
		Matrix cloudOnly = MatrixLoader.load(new ByteArrayInputStream("""
				id: cloud-only
				version: "1"
				roles:
				  - id: cloud-engineer
				    name: Cloud Engineer
				responsibilities:
				  - { id: networking, name: Networking, area: A, weight: 3, required: { cloud-engineer: 3 } }
				  - { id: kubernetes, name: Kubernetes, area: A, weight: 3, required: { cloud-engineer: 2 } }
				""".getBytes(StandardCharsets.UTF_8)), "cloud-only.yaml");
		Team team = new Team("solo", "Solo Team", List.of(
				new Person("Ana Lima", null, "Cloud Engineer", null, Map.of("networking", 3, "kubernetes", 2)),
				new Person("Tom Berg", null, null, null, Map.of("networking", 1))));
		TeamReportContent content = new TeamReportContent(TeamReportFixtures.QUARTER, cloudOnly,
				new GapAnalysis(cloudOnly, ScoringRules.DEFAULT).analyse(team), List.of());
		byte[] document = write(content);
		List<String> texts = pagesOf(document);
		PdfReader reader = new PdfReader(document);

		assertThat(compact(String.join("\n", texts))).contains(compact(
				"No fit chart: it places each person by their fit for two roles, and this matrix has 1 role."));
		for (int page : sectionPages(texts, "Role fit per person", "Team coverage")) {
			assertThat(xObjects(reader, page)).as("XObjects on page " + page).isEmpty();
		}
		assertThat(xObjects(reader, sectionPages(texts, "Team level against required", "Heatmap").get(0)))
			.containsExactly(PdfName.FORM);
	}

	@Test
	void everyChartOfALongMatrixAndALargeTeamFitsInThePagesText() throws IOException {
		Matrix large = TeamReportFixtures.largeMatrix(60, 2);
		GapAnalysis analysis = new GapAnalysis(large, ScoringRules.DEFAULT);
		TeamAnalysis team = analysis.analyse(TeamReportFixtures.largeTeam(large, 45, 1));
		TeamTrend trend = TeamTrend.between("2026-Q3", analysis.analyse(TeamReportFixtures.largeTeam(large, 45, 2)),
				team, large);
		PdfReader reader = new PdfReader(write(new TeamReportContent(TeamReportFixtures.QUARTER, large, team,
				List.of(), TrendView.sameMatrix(trend))));
		int charts = 0;

		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			Rectangle size = reader.getPageSizeWithRotation(page);
			for (PdfDictionary form : forms(reader, page)) {
				PdfArray box = form.getAsArray(PdfName.BBOX);
				float height = box.getAsNumber(3).floatValue() - box.getAsNumber(1).floatValue();
				if (height == size.getHeight()) {
					// not a chart: a page of the matrix appendix, laid out once and copied whole
					continue;
				}
				assertThat(height).as("chart on page " + page).isLessThanOrEqualTo(size.getHeight() - 60 - 56);
				charts++;
			}
		}
		assertThat(charts).as("fit chart, 3 + 3 blocks of coverage and level, 2 of trend").isEqualTo(9);
	}

	@Test
	void aMatrixWithThreeRolesHasAFitChartOfTheFirstTwoAndSaysWhichAreNotShown() throws IOException {
		Matrix three = TeamReportFixtures.largeMatrix(12, 3);
		TeamReportContent content = new TeamReportContent(TeamReportFixtures.QUARTER, three,
				new GapAnalysis(three, ScoringRules.DEFAULT).analyse(TeamReportFixtures.largeTeam(three, 8, 5)),
				List.of());
		byte[] document = write(content);
		List<String> texts = pagesOf(document);
		List<Integer> roleFit = sectionPages(texts, "Role fit per person", "Team coverage");
		String section = compact(String.join("\n", roleFit.stream().map(page -> texts.get(page - 1)).toList()));
		int chartPage = roleFit.stream()
			.filter(page -> texts.get(page - 1).contains("Cloud Engineer fit against DevOps Engineer fit"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no fit chart in " + roleFit));

		assertThat(section).contains(compact("Not shown: Site Reliability Engineer"), compact("for all 3."))
			.doesNotContain(compact("No fit chart"));
		assertThat(xObjects(new PdfReader(document), chartPage)).contains(PdfName.FORM);
	}

	@Test
	void theTrendChartIsDrawnOnlyWhenThereIsAPreviousQuarter() throws IOException {
		byte[] withTrend = write(TeamReportFixtures.platformTeamWithTrend());
		List<String> trendTexts = pagesOf(withTrend);
		int trendPage = sectionPages(trendTexts, "Since the previous quarter", "Next hire").get(0);
		int firstQuarterPage = sectionPages(pages, "Since the previous quarter", "Next hire").get(0);

		assertThat(trendTexts.get(trendPage - 1)).contains("Compared with 2026-Q3");
		assertThat(xObjects(new PdfReader(withTrend), trendPage)).as("XObjects on the trend page")
			.containsExactly(PdfName.FORM);
		assertThat(pages.get(firstQuarterPage - 1)).contains("This is the team's first analysed quarter");
		assertThat(xObjects(reader(), firstQuarterPage)).as("XObjects on the first quarter's trend page").isEmpty();
	}

	@Test
	void whenTheMatrixChangedTheTrendChartSaysItComparesTheSharedResponsibilitiesOnly() throws IOException {
		TeamReportContent content = TeamReportFixtures.platformTeamWithTrendOverAnotherMatrix();
		byte[] document = write(content);
		List<String> texts = pagesOf(document);
		int trendPage = sectionPages(texts, "Since the previous quarter", "Next hire").get(0);

		assertThat(compact(texts.get(trendPage - 1))).contains(compact("The charts compare only the "
				+ content.trend().comparedResponsibilities() + " responsibilities both quarters' matrices share, each "
				+ "quarter scored again over them; they leave out DevOps Engineer, which was not compared."),
				compact("(roles compared: Cloud Engineer)"));
		assertThat(xObjects(new PdfReader(document), trendPage)).containsExactly(PdfName.FORM);
	}

	@Test
	void coverageTableShowsEveryResponsibilityWithItsStatusAndRoundedTeamLevel() {
		String coveragePage = compact(section("Team coverage", "Team level against required"));

		for (CoverageEntry entry : ANALYSIS.coverage()) {
			String teamLevel = entry.teamLevel() == null ? "not assessed" : entry.teamLevel().rounded().toPlainString();
			assertThat(coveragePage).as(entry.responsibility().id())
				.contains(compact(entry.responsibility().name() + entry.practitioners() + entry.status().label()
						+ teamLevel + entry.assessed()));
		}
		assertThat(coveragePage).contains("Uncovered", "Singlepointoffailure", "Covered");
	}

	@Test
	void coverageTableGroupsResponsibilitiesUnderTheirArea() {
		String coveragePage = compact(section("Team coverage", "Team level against required"));

		assertThat(coveragePage).containsSubsequence("Cloudplatform", "Cloudplatformservices", "Networking&security",
				"Networking&firewalls", "Observability", "Applicationmonitoring&logging");
	}

	@Test
	void everyMemberHasAPageOfTheirOwnBookmarkedUnderPeople() {
		List<Map<String, Object>> members = kids(SimpleBookmark.getBookmarkList(reader()), "People");

		assertThat(members).extracting(bookmark -> bookmark.get("Title"))
			.containsExactlyElementsOf(ANALYSIS.members().stream().map(member -> member.person().name()).toList());
		assertThat(members).extracting(TeamReportPdfTests::pageOf).doesNotHaveDuplicates();
		for (int i = 0; i < members.size(); i++) {
			String page = pages.get(pageOf(members.get(i)) - 1);
			assertThat(page).as(ANALYSIS.members().get(i).person().name())
				.contains("Person " + (i + 1) + " of " + members.size(), ANALYSIS.members().get(i).person().name());
		}
	}

	@Test
	void aMembersPageShowsFitAndReadinessForEveryRoleBestFitTargetRoleAndCompleteness() {
		for (MemberAnalysis member : ANALYSIS.members()) {
			String page = compact(memberPage(member));

			for (RoleFit fit : member.fits()) {
				String best = fit.role().equals(member.bestFit()) ? "(best fit)" : "";
				assertThat(page).as(member.person().name() + " " + fit.role().id())
					.contains(compact(fit.role().name() + best + fit.fit().rounded().toPlainString()
							+ fit.readiness().label()));
			}
			assertThat(page).contains(compact("Best fit " + member.bestFit().name()),
					compact("Target role: " + member.targetRole().name()),
					compact("Completeness " + member.completeness().rounded().toPlainString() + "%"));
		}
	}

	@Test
	void aMembersPageListsTheirTopGapsWithTheLearningStepAndMentor() {
		for (MemberAnalysis member : ANALYSIS.members()) {
			String page = compact(memberPage(member));

			for (var step : ANALYSIS.learningPlan(member)) {
				Gap gap = step.gap();
				String actual = gap.actual() == null ? "not assessed" : String.valueOf(gap.actual());
				String mentor = step.mentor() == null ? "nobody in the team" : step.mentor().name();
				assertThat(page).as(member.person().name() + " " + gap.responsibility().id())
					.contains(compact(gap.responsibility().name() + actual + " → " + gap.required() + gap.gap()
							+ gap.priority() + mentor));
			}
			assertThat(ANALYSIS.learningPlan(member)).hasSize(member.topGaps().size());
		}
	}

	@Test
	void aGapNobodyAssessedShowsNotAssessedNeverZero() {
		// Bjørn was not assessed on Kubernetes: required 3, gap 3, weight 3
		String page = compact(memberPage(ANALYSIS.members().get(3)));

		assertThat(page).contains("Kubernetesnotassessed→339").doesNotContain("Kubernetes0→339");
	}

	@Test
	void aMembersPageNamesWhatOnlyTheyPractise() {
		for (MemberAnalysis member : ANALYSIS.members()) {
			List<String> sole = ANALYSIS.coverage()
				.stream()
				.filter(entry -> entry.status() == CoverageStatus.SINGLE_POINT_OF_FAILURE)
				.filter(entry -> member.person().level(entry.responsibility().id()).orElse(0) >= 3)
				.map(entry -> entry.responsibility().name())
				.toList();
			String page = compact(memberPage(member));
			assertThat(page).contains(compact("Sole practitioner of " + (sole.isEmpty() ? "—" : String.join(", ", sole))));
		}
	}

	@Test
	void appendixListsEveryDataIssueWithSeverityLocationAndMessage() {
		String appendix = compact(pageWith(pages, "Appendix: Data issues"));

		for (DataIssue issue : CONTENT.issues()) {
			assertThat(appendix).contains(compact(issue.severity().code() + issue.location() + issue.message()));
		}
	}

	@Test
	void appendixSaysSoWhenThereAreNoDataIssues() throws IOException {
		TeamReportContent clean = new TeamReportContent(CONTENT.quarter(), CONTENT.matrix(), ANALYSIS, List.of());

		List<String> cleanPages = pagesOf(write(clean));

		assertThat(pageWith(cleanPages, "Appendix: Data issues")).contains("No data issues.");
	}

	@Test
	void matrixAppendixComesLastWithTheMatrixIdVersionAndScale() {
		String appendix = String.join("\n", pages.subList(pages.indexOf(pageWith(pages, "Appendix: The matrix used")),
				pages.size()));

		assertThat(compact(appendix)).contains(compact("Matrix cloud-devops"), compact("Version 2026.1"));
		for (ScaleLevel level : CONTENT.matrix().scale().levels()) {
			assertThat(compact(appendix)).as("level " + level.level())
				.contains(compact(level.level() + level.name() + level.description()));
		}
		assertThat(pageWith(pages, "Appendix: The matrix used")).isNotEqualTo(pageWith(pages, "Appendix: Data issues"));
		assertThat(pages.indexOf(pageWith(pages, "Appendix: The matrix used")))
			.isGreaterThan(pages.indexOf(pageWith(pages, "Appendix: Data issues")));
	}

	@Test
	void matrixAppendixListsEveryResponsibilityWithItsWeightAndRequiredLevels() {
		String appendix = compact(String.join("\n",
				pages.subList(pages.indexOf(pageWith(pages, "Appendix: The matrix used")), pages.size())));

		for (Responsibility responsibility : CONTENT.matrix().responsibilities()) {
			StringBuilder row = new StringBuilder(responsibility.name() + responsibility.id() + responsibility.weight());
			for (Role role : CONTENT.matrix().roles()) {
				int required = responsibility.requiredBy(role.id());
				row.append(required > 0 ? String.valueOf(required) : "—");
			}
			row.append(responsibility.description() == null ? "—" : responsibility.description());
			assertThat(appendix).as(responsibility.id()).contains(compact(row.toString()));
		}
	}

	@Test
	void matrixAppendixGroupsResponsibilitiesUnderTheirAreaWithTheirAliases() {
		String appendix = compact(String.join("\n",
				pages.subList(pages.indexOf(pageWith(pages, "Appendix: The matrix used")), pages.size())));
		Responsibility withAliases = CONTENT.matrix()
			.responsibilities()
			.stream()
			.filter(responsibility -> !responsibility.aliases().isEmpty())
			.findFirst()
			.orElseThrow();

		assertThat(appendix).containsSubsequence("Cloudplatform", "Cloudplatformservices", "Networking&security",
				"Networking&firewalls", "Observability", "Applicationmonitoring&logging");
		assertThat(appendix).contains(compact("Also: " + String.join(", ", withAliases.aliases())));
	}

	@Test
	void outlineHasABookmarkPerSectionInReadingOrder() {
		List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader());

		assertThat(outline).extracting(bookmark -> bookmark.get("Title"))
			.containsExactly("Title and key figures", "Role fit per person", "Team coverage",
					"Team level against required", "Heatmap", "Since the previous quarter", "Next hire", "People",
					"Appendix: Data issues",
					"Appendix: The matrix used");
	}

	@Test
	void everySectionBookmarkOpensThePageWithItsHeading() {
		for (Map<String, Object> bookmark : SimpleBookmark.getBookmarkList(reader())) {
			String title = (String) bookmark.get("Title");
			String heading = title.equals("Title and key figures") ? "Skills gap report" : title;

			assertThat(pages.get(pageOf(bookmark) - 1)).as(title).contains(heading);
		}
	}

	@Test
	void onlyThePeopleSectionHasBookmarksUnderIt() {
		assertThat(SimpleBookmark.getBookmarkList(reader())).filteredOn(bookmark -> bookmark.get("Kids") != null)
			.extracting(bookmark -> bookmark.get("Title"))
			.containsExactly("People");
	}

	@Test
	void opensWithTheOutlineShown() {
		assertThat(reader().getCatalog().getAsName(PdfName.PAGEMODE)).isEqualTo(PdfName.USEOUTLINES);
	}

	@Test
	void writesATeamWithNobodyInIt() throws IOException {
		TeamReportContent empty = TeamReportFixtures.content(new Team("empty", "Empty Team", List.of()), List.of());

		String text = compact(String.join("\n", pagesOf(write(empty))));

		assertThat(text).contains(compact("People counted 0"), compact("Average fit, Cloud Engineer —"),
				compact("Nobody was counted in this team."), compact("Cloud platform services 0 Uncovered not assessed 0"),
				compact("No fit chart: nobody was counted in this team."));
	}

	@Test
	void everyPageCarriesTheTeamAndQuarterAndItsPageNumber() {
		for (int page = 1; page <= pages.size(); page++) {
			assertThat(pages.get(page - 1)).as("page " + page).contains("Platform Team · 2026-Q4", "Page " + page);
		}
	}

	@Test
	void embedsLiberationSansAndNoStandardFont() {
		PdfReader reader = reader();
		List<String> fonts = new ArrayList<>();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			PdfDictionary fontResources = reader.getPageN(page)
				.getAsDict(PdfName.RESOURCES)
				.getAsDict(PdfName.FONT);
			for (PdfName key : fontResources.getKeys()) {
				PdfDictionary font = fontResources.getAsDict(key);
				fonts.add(font.getAsName(PdfName.BASEFONT).toString());
				PdfDictionary descriptor = font.getAsArray(PdfName.DESCENDANTFONTS)
					.getAsDict(0)
					.getAsDict(PdfName.FONTDESCRIPTOR);
				assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded font program of " + fonts).isNotNull();
			}
		}

		assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("LiberationSans"));
	}

	@Test
	void carriesTitleAndSubjectMetadata() {
		assertThat(reader().getInfo()).containsEntry("Title", "Skills gap report: Platform Team, 2026-Q4")
			.containsEntry("Subject",
					"Team skills against the Cloud Engineer and DevOps Engineer roles (matrix cloud-devops, version 2026.1)");
	}

	@Test
	void leavesTheOutputStreamOpenForTheCaller() throws IOException {
		ClosingAwareStream out = new ClosingAwareStream();

		new TeamReportPdf().write(CONTENT, out);

		assertThat(out.closed).isFalse();
		assertThat(out.size()).isPositive();
	}

	@Test
	void writesReportsFromManyThreadsAtOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<byte[]>> reports = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				reports.add(threads.submit(() -> write(CONTENT)));
			}
			for (Future<byte[]> report : reports) {
				assertThat(String.join("\n", pagesOf(report.get()))).contains("Νίκος Παπαδόπουλος",
						"Zofia Wiśniewska", "Çağrı Yılmaz");
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static byte[] write(TeamReportContent content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TeamReportPdf().write(content, out);
		return out.toByteArray();
	}

	private static List<String> pagesOf(byte[] document) throws IOException {
		PdfReader reader = new PdfReader(document);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		List<String> texts = new ArrayList<>();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			texts.add(extractor.getTextFromPage(page));
		}
		return texts;
	}

	/** The subtypes of the XObjects a page draws: a chart drawn as vectors is a Form, a picture an Image. */
	private static List<PdfName> xObjects(PdfReader reader, int page) {
		PdfDictionary objects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
		if (objects == null) {
			return List.of();
		}
		return objects.getKeys()
			.stream()
			.map(key -> ((PdfDictionary) PdfReader.getPdfObject(objects.get(key))).getAsName(PdfName.SUBTYPE))
			.toList();
	}

	/** The Form XObjects a page draws: the charts. */
	private static List<PdfDictionary> forms(PdfReader reader, int page) {
		PdfDictionary objects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
		if (objects == null) {
			return List.of();
		}
		return objects.getKeys()
			.stream()
			.map(key -> (PdfDictionary) PdfReader.getPdfObject(objects.get(key)))
			.filter(object -> PdfName.FORM.equals(object.getAsName(PdfName.SUBTYPE)))
			.toList();
	}

	/**
	 * The numbers of the pages of a section: from the first page with its heading up to the page before the next
	 * section's heading (or that page, when the next section starts further down it).
	 */
	private static List<Integer> sectionPages(List<String> texts, String heading, String nextHeading) {
		int first = 0;
		while (!texts.get(first).contains(heading)) {
			first++;
		}
		List<Integer> numbers = new ArrayList<>(List.of(first + 1));
		for (int page = first + 1; page < texts.size() && !texts.get(page).contains(nextHeading); page++) {
			numbers.add(page + 1);
		}
		return numbers;
	}

	private static String pageWith(List<String> texts, String heading) {
		return texts.stream()
			.filter(text -> text.contains(heading))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no page with " + heading));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> kids(List<Map<String, Object>> outline, String title) {
		return outline.stream()
			.filter(bookmark -> title.equals(bookmark.get("Title")))
			.map(bookmark -> (List<Map<String, Object>>) bookmark.get("Kids"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no bookmark " + title));
	}

	/** The page a bookmark opens: its "Page" entry reads e.g. {@code 4 FitH 790.0}. */
	private static int pageOf(Map<String, Object> bookmark) {
		return Integer.parseInt(((String) bookmark.get("Page")).split(" ")[0]);
	}

	/** The text of the pages from the one whose text starts a section up to the one that starts the next. */
	private static String section(String heading, String nextHeading) {
		StringBuilder text = new StringBuilder();
		boolean in = false;
		for (String page : pages) {
			if (page.contains(nextHeading) && in) {
				text.append(page, 0, page.indexOf(nextHeading));
				break;
			}
			if (page.contains(heading)) {
				in = true;
			}
			if (in) {
				text.append(page).append('\n');
			}
		}
		return text.toString();
	}

	private static PdfReader reader() {
		try {
			return new PdfReader(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void hasTheTrendNextHireAndLearningPlanPages() {
		String text = String.join("\n", pages);

		assertThat(text).contains("Since the previous quarter", "This is the team's first analysed quarter",
				"Next hire", "Top gaps and learning plan for");
	}

	@Test
	void theFirstPageNamesTheTopRisksInWords() {
		String titlePage = compact(pages.get(0));

		assertThat(titlePage).contains(compact("Top risks"));
		for (var entry : ANALYSIS.coverage()) {
			if (entry.status() == CoverageStatus.UNCOVERED) {
				assertThat(titlePage).contains(compact(entry.responsibility().name()));
			}
		}
		assertThat(titlePage).contains(compact("Largest gaps"));
	}

	/** The page a member's bookmark opens. */
	private static String memberPage(MemberAnalysis member) {
		return kids(SimpleBookmark.getBookmarkList(reader()), "People").stream()
			.filter(bookmark -> member.person().name().equals(bookmark.get("Title")))
			.map(bookmark -> pages.get(pageOf(bookmark) - 1))
			.findFirst()
			.orElseThrow();
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static final class ClosingAwareStream extends ByteArrayOutputStream {

		private boolean closed;

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
