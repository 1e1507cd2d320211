package com.skillgap.report;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.Fraction;
import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.MemberTrend;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.ScoringRules;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.analysis.TeamTrend;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the charts plot, against the analysis they are drawn from: every value as the tables show it, rounded
 * half-up to one decimal, and a missing figure as no value rather than 0.
 */
class ReportChartsTests {

	private static final TeamReportContent CONTENT = TeamReportFixtures.platformTeamWithTrend();

	private static final TeamAnalysis ANALYSIS = CONTENT.analysis();

	private static final Matrix MATRIX = CONTENT.matrix();

	/** The height of an A4 portrait page's text: the page less the report's margins above and below. */
	private static final float PORTRAIT_TEXT_HEIGHT = PageSize.A4.getHeight() - 60 - 56;

	private static final Role CLOUD = MATRIX.roles().get(0);

	private static final Role DEVOPS = MATRIX.roles().get(1);

	@Test
	void theCoverageChartPlotsEachResponsibilitysPractitionersInMatrixOrderInTheColourOfItsStatus() {
		CoverageChart chart = new CoverageChart(ANALYSIS.coverage());
		CategoryDataset data = chart.dataset();
		CategoryItemRenderer bars = ((CategoryPlot) chart.chart().getPlot()).getRenderer();

		assertThat(data.getRowKeys()).containsExactly(CoverageChart.PRACTITIONERS);
		assertThat(data.getColumnKeys()).extracting(Object::toString)
			.containsExactlyElementsOf(MATRIX.responsibilities().stream().map(r -> r.name()).toList());
		for (int column = 0; column < ANALYSIS.coverage().size(); column++) {
			CoverageEntry entry = ANALYSIS.coverage().get(column);
			assertThat(data.getValue(0, column)).as(entry.responsibility().id()).isEqualTo(entry.practitioners());
			assertThat(bars.getItemPaint(0, column)).as(entry.responsibility().id())
				.isEqualTo(CoverageStatusColours.of(entry.status()));
		}
		assertThat(ANALYSIS.coverage()).extracting(CoverageEntry::status)
			.contains(CoverageStatus.UNCOVERED, CoverageStatus.SINGLE_POINT_OF_FAILURE, CoverageStatus.COVERED);
	}

	@Test
	void aResponsibilityNobodyPractisesIsPlottedAsZeroNotLeftOut() {
		CategoryDataset data = new CoverageChart(ANALYSIS.coverage()).dataset();
		int column = indexOf("managed-vs-self-managed");

		assertThat(ANALYSIS.coverage().get(column).practitioners()).isZero();
		assertThat(data.getValue(0, column)).isEqualTo(0);
	}

	@Test
	void eachBlockOfTheCoverageChartPlotsItsOwnResponsibilitiesInTheirStatusColours() {
		Matrix large = TeamReportFixtures.largeMatrix(60, 2);
		TeamAnalysis team = new GapAnalysis(large, ScoringRules.DEFAULT)
			.analyse(TeamReportFixtures.largeTeam(large, 12, 3));

		for (CoverageChart chart : new CoverageChart(team.coverage()).blocks()) {
			CategoryItemRenderer bars = ((CategoryPlot) chart.chart().getPlot()).getRenderer();
			for (int column = 0; column < chart.block().size(); column++) {
				CoverageEntry entry = team.coverage().get(chart.block().from() + column);
				assertThat(chart.dataset().getValue(0, column)).isEqualTo(entry.practitioners());
				assertThat(bars.getItemPaint(0, column)).isEqualTo(CoverageStatusColours.of(entry.status()));
			}
		}
	}

	@Test
	void theLevelChartPlotsTheRoundedTeamLevelAndEachRolesRequiredLevelPerResponsibilityInMatrixOrder() {
		CategoryDataset data = new LevelChart(MATRIX, ANALYSIS.coverage()).dataset();

		assertThat(data.getRowKeys()).containsExactly(LevelChart.TEAM_LEVEL, "Required by Cloud Engineer",
				"Required by DevOps Engineer");
		assertThat(data.getColumnKeys()).extracting(Object::toString)
			.containsExactlyElementsOf(MATRIX.responsibilities().stream().map(r -> r.name()).toList());
		for (int column = 0; column < ANALYSIS.coverage().size(); column++) {
			CoverageEntry entry = ANALYSIS.coverage().get(column);
			assertThat(data.getValue(0, column)).as(entry.responsibility().id())
				.isEqualTo(entry.teamLevel() == null ? null : entry.teamLevel().rounded());
			for (int role = 0; role < MATRIX.roles().size(); role++) {
				int required = entry.responsibility().requiredBy(MATRIX.roles().get(role).id());
				assertThat(data.getValue(role + 1, column)).as(entry.responsibility().id() + " role " + role)
					.isEqualTo(required > 0 ? required : null);
			}
		}
	}

	@Test
	void aResponsibilityNobodyAssessedHasNoTeamLevelNotZero() {
		CategoryDataset data = new LevelChart(MATRIX, ANALYSIS.coverage()).dataset();
		int column = indexOf("managed-vs-self-managed");

		assertThat(ANALYSIS.coverage().get(column).teamLevel()).isNull();
		assertThat(data.getValue(0, column)).isNull();
		assertThat(data.getValue(1, column)).isEqualTo(3);
	}

	@Test
	void theTeamLevelsAreWrittenAfterEveryBarIsDrawnSoThatTheNextRolesBarCoversNone() {
		LevelChart chart = new LevelChart(MATRIX, ANALYSIS.coverage());
		String drawn = pdfOperators(chart::draw, 500, chart.height());
		int lastFill = drawn.lastIndexOf("\nf\n");

		assertThat(lastFill).as("bars filled").isPositive();
		for (CoverageEntry entry : ANALYSIS.coverage()) {
			if (entry.teamLevel() != null) {
				assertThat(drawn.indexOf("(" + entry.teamLevel().rounded().toPlainString() + ")Tj"))
					.as(entry.responsibility().id())
					.isGreaterThan(lastFill);
			}
		}
		assertThat(drawn.indexOf("(not assessed)Tj")).isGreaterThan(lastFill);
	}

	@Test
	void theChangesOfFitAreWrittenAfterEveryBarIsDrawn() {
		TrendChart chart = new TrendChart(MATRIX.roles(), ANALYSIS, CONTENT.trend(), CONTENT.quarter());
		String drawn = pdfOperators(chart::draw, 500, chart.height());
		int lastFill = drawn.lastIndexOf("\nf\n");

		assertThat(drawn.indexOf("(+8.4)Tj")).isGreaterThan(lastFill);
		assertThat(drawn.indexOf("(+4.7)Tj")).isGreaterThan(lastFill);
		assertThat(drawn.indexOf("(joined)Tj")).isGreaterThan(lastFill);
	}

	@Test
	void theLevelChartOfTheDefaultMatrixFitsOnOnePortraitPage() {
		LevelChart chart = new LevelChart(MATRIX, ANALYSIS.coverage());

		assertThat(chart.height()).isLessThanOrEqualTo(LevelChart.MAXIMUM_HEIGHT);
		assertThat(new LevelChart(MATRIX, ANALYSIS.coverage().subList(0, 5)).height())
			.as("a small matrix gets a small chart")
			.isLessThan(LevelChart.MAXIMUM_HEIGHT / 2);
	}

	@Test
	void aLongMatrixIsDrawnAsSeveralChartsEachFittingAPortraitPageAndShowingEveryResponsibilityOnce() {
		Matrix large = TeamReportFixtures.largeMatrix(60, 2);
		TeamAnalysis team = new GapAnalysis(large, ScoringRules.DEFAULT)
			.analyse(TeamReportFixtures.largeTeam(large, 45, 1));
		List<String> responsibilities = large.responsibilities().stream().map(r -> r.name()).toList();

		List<CoverageChart> coverage = new CoverageChart(team.coverage()).blocks();
		List<LevelChart> levels = new LevelChart(large, team.coverage()).blocks();

		assertThat(coverage).hasSizeGreaterThan(1)
			.allSatisfy(chart -> assertThat(chart.height()).isLessThanOrEqualTo(PORTRAIT_TEXT_HEIGHT))
			.allSatisfy(chart -> assertThat(chart.block().size()).isLessThanOrEqualTo(CoverageChart.MOST_ROWS));
		assertThat(coverage.stream().flatMap(chart -> columnNames(chart.dataset()).stream()))
			.containsExactlyElementsOf(responsibilities);
		assertThat(levels).hasSizeGreaterThan(1)
			.allSatisfy(chart -> assertThat(chart.height()).isLessThanOrEqualTo(PORTRAIT_TEXT_HEIGHT))
			.allSatisfy(chart -> assertThat(chart.block().size()).isLessThanOrEqualTo(LevelChart.MOST_ROWS));
		assertThat(levels.stream().flatMap(chart -> columnNames(chart.dataset()).stream()))
			.containsExactlyElementsOf(responsibilities);
	}

	@Test
	void theTrendOfALargeTeamIsDrawnAsSeveralChartsEachFittingAPortraitPageAndShowingEveryPersonOnce() {
		Matrix large = TeamReportFixtures.largeMatrix(60, 2);
		GapAnalysis gapAnalysis = new GapAnalysis(large, ScoringRules.DEFAULT);
		TeamAnalysis team = gapAnalysis.analyse(TeamReportFixtures.largeTeam(large, 45, 1));
		TeamTrend trend = TeamTrend.between("2026-Q3", gapAnalysis.analyse(TeamReportFixtures.largeTeam(large, 45, 2)),
				team, large);

		List<TrendChart> charts = new TrendChart(large.roles(), team, TrendView.sameMatrix(trend), CONTENT.quarter())
			.blocks();

		assertThat(charts).hasSizeGreaterThan(1)
			.allSatisfy(chart -> assertThat(chart.height()).isLessThanOrEqualTo(PORTRAIT_TEXT_HEIGHT))
			.allSatisfy(chart -> assertThat(chart.block().size()).isLessThanOrEqualTo(TrendChart.MOST_PEOPLE));
		assertThat(charts.stream().flatMap(chart -> columnNames(chart.changes()).stream()))
			.containsExactlyElementsOf(team.members().stream().map(member -> member.person().name()).toList());
	}

	@Test
	void theChartsOfTheDefaultMatrixAndASmallTeamAreOneEach() {
		assertThat(new CoverageChart(ANALYSIS.coverage()).blocks()).hasSize(1);
		assertThat(new LevelChart(MATRIX, ANALYSIS.coverage()).blocks()).hasSize(1);
		assertThat(new TrendChart(MATRIX.roles(), ANALYSIS, CONTENT.trend(), CONTENT.quarter()).blocks()).hasSize(1);
	}

	@Test
	void blocksAreAboutEqualAndEndWhereAnAreaEndsWhenThatIsNear() {
		assertThat(ChartBlock.split(60, 28)).containsExactly(new ChartBlock(0, 20), new ChartBlock(20, 40),
				new ChartBlock(40, 60));
		assertThat(ChartBlock.split(60, 28, row -> row % 6 == 0)).containsExactly(new ChartBlock(0, 18),
				new ChartBlock(18, 42), new ChartBlock(42, 60));
		assertThat(ChartBlock.split(28, 28)).containsExactly(new ChartBlock(0, 28));
		assertThat(ChartBlock.split(29, 28)).containsExactly(new ChartBlock(0, 15), new ChartBlock(15, 29));
		assertThat(ChartBlock.split(0, 28)).containsExactly(new ChartBlock(0, 0));
	}

	@Test
	void theFitScatterPlacesEveryMemberAtTheirRoundedFitsForTheTwoRoles() {
		FitScatter scatter = new FitScatter(MATRIX.roles(), ANALYSIS, FitScatter.PREFERRED_HEIGHT);

		assertThat(scatter.points()).hasSize(ANALYSIS.members().size());
		for (int i = 0; i < ANALYSIS.members().size(); i++) {
			MemberAnalysis member = ANALYSIS.members().get(i);
			FitScatter.Point point = scatter.points().get(i);
			assertThat(point.name()).isEqualTo(member.person().name());
			assertThat(point.x()).isEqualTo(member.fit(CLOUD).fit().rounded());
			assertThat(point.y()).isEqualTo(member.fit(DEVOPS).fit().rounded());
			assertThat(point.hybrid()).isEqualTo(member.hybrid());
		}
	}

	@Test
	void theFitScatterDrawsHybridsAsASeriesOfTheirOwn() {
		XYSeriesCollection data = new FitScatter(MATRIX.roles(), ANALYSIS, FitScatter.PREFERRED_HEIGHT).dataset();
		XYSeries hybrids = data.getSeries(FitScatter.HYBRID);
		XYSeries others = data.getSeries(FitScatter.NOT_HYBRID);
		List<MemberAnalysis> hybridMembers = ANALYSIS.members().stream().filter(MemberAnalysis::hybrid).toList();

		assertThat(hybridMembers).extracting(member -> member.person().name()).containsExactly("Νίκος Παπαδόπουλος");
		assertThat(hybrids.getItemCount()).isEqualTo(hybridMembers.size());
		assertThat(others.getItemCount()).isEqualTo(ANALYSIS.members().size() - hybridMembers.size());
		for (int i = 0; i < hybridMembers.size(); i++) {
			assertThat(hybrids.getX(i)).isEqualTo(hybridMembers.get(i).fit(CLOUD).fit().rounded());
			assertThat(hybrids.getY(i)).isEqualTo(hybridMembers.get(i).fit(DEVOPS).fit().rounded());
		}
	}

	@Test
	void theFitScatterLabelsCrowdedTeamsOfManyDistinctPointsWithoutFailing() {
		GapAnalysis gapAnalysis = new GapAnalysis(MATRIX, ScoringRules.DEFAULT);
		BufferedImage image = new BufferedImage(800, 420, BufferedImage.TYPE_INT_RGB);
		for (long seed = 0; seed < 300; seed++) {
			TeamAnalysis team = gapAnalysis.analyse(TeamReportFixtures.largeTeam(MATRIX, 45, seed));
			FitScatter scatter = new FitScatter(MATRIX.roles(), team, FitScatter.PREFERRED_HEIGHT);
			assertThat(scatter.points().stream().map(point -> List.of(point.x(), point.y())).distinct().count())
				.as("distinct points, seed " + seed)
				.isGreaterThanOrEqualTo(40);
			Graphics2D graphics = image.createGraphics();
			try {
				scatter.draw(graphics, new Rectangle2D.Double(0, 0, 800, 420));
			}
			finally {
				graphics.dispose();
			}
		}
	}

	@Test
	void theFitScatterNeedsTwoRoles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FitScatter(List.of(CLOUD), ANALYSIS, FitScatter.PREFERRED_HEIGHT));
	}

	@Test
	void theFitScatterOfAMatrixOfThreeRolesPlacesEveryMemberAtTheirFitsForTheFirstTwo() {
		Matrix three = TeamReportFixtures.largeMatrix(12, 3);
		TeamAnalysis team = new GapAnalysis(three, ScoringRules.DEFAULT)
			.analyse(TeamReportFixtures.largeTeam(three, 8, 5));
		FitScatter scatter = new FitScatter(three.roles(), team, FitScatter.PREFERRED_HEIGHT);

		assertThat(scatter.points()).hasSize(team.members().size());
		for (int i = 0; i < team.members().size(); i++) {
			MemberAnalysis member = team.members().get(i);
			FitScatter.Point point = scatter.points().get(i);
			assertThat(point.x()).isEqualTo(member.fit(three.roles().get(0)).fit().rounded());
			assertThat(point.y()).isEqualTo(member.fit(three.roles().get(1)).fit().rounded());
			assertThat(point.hybrid()).as("hybrid for all three roles").isEqualTo(member.hybrid());
		}
		BufferedImage image = new BufferedImage(800, 420, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			scatter.draw(graphics, new Rectangle2D.Double(0, 0, 800, 420));
		}
		finally {
			graphics.dispose();
		}
	}

	@Test
	void theTrendChartPlotsTheAverageFitThenAndNowPerRoleRounded() {
		TeamTrend trend = CONTENT.trend().trend();
		CategoryDataset averages = new TrendChart(MATRIX.roles(), ANALYSIS, CONTENT.trend(), CONTENT.quarter())
			.averages();

		assertThat(averages.getRowKeys()).containsExactly("2026-Q3", "2026-Q4");
		assertThat(averages.getColumnKeys()).extracting(Object::toString)
			.containsExactly("Cloud Engineer", "DevOps Engineer");
		for (int column = 0; column < 2; column++) {
			Role role = MATRIX.roles().get(column);
			assertThat(averages.getValue(0, column)).isEqualTo(trend.previousAverageFit().get(role.id()).rounded());
			assertThat(averages.getValue(1, column)).isEqualTo(ANALYSIS.averageFit(role).rounded());
		}
	}

	@Test
	void theTrendChartPlotsEachMembersRoundedChangeAndNothingForAJoiner() {
		TeamTrend trend = CONTENT.trend().trend();
		CategoryDataset changes = new TrendChart(MATRIX.roles(), ANALYSIS, CONTENT.trend(), CONTENT.quarter())
			.changes();

		assertThat(changes.getColumnKeys()).extracting(Object::toString)
			.containsExactlyElementsOf(ANALYSIS.members().stream().map(member -> member.person().name()).toList());
		for (int column = 0; column < ANALYSIS.members().size(); column++) {
			MemberTrend member = trend.members().get(column);
			for (int row = 0; row < 2; row++) {
				Role role = MATRIX.roles().get(row);
				assertThat(changes.getValue(row, column)).as(ANALYSIS.members().get(column).person().name())
					.isEqualTo(member == null ? null : member.fitChange().get(role.id()).rounded());
			}
		}
		int ingrid = ANALYSIS.members().size() - 1;
		assertThat(trend.members().get(ingrid)).as("Ingrid joined").isNull();
		assertThat(changes.getValue(0, ingrid)).isNull();
	}

	@Test
	void theTrendChartOfTheSameMatrixComparingEveryRoleNeedsNoCaption() {
		assertThat(new TrendChart(MATRIX.roles(), ANALYSIS, CONTENT.trend(), CONTENT.quarter()).caption()).isEmpty();
	}

	@Test
	void aRoleThatWasNotComparedIsLeftOutOfTheTrendChartAndItsCaptionSaysSo() {
		TeamTrend trend = new TeamTrend("2026-Q3", Map.of(CLOUD.id(), Fraction.of(65, 1)),
				Map.of(CLOUD.id(), ANALYSIS.averageFit(CLOUD).minus(Fraction.of(65, 1))), List.of(), List.of(),
				List.of(), Collections.nCopies(ANALYSIS.members().size(), (MemberTrend) null));
		TrendChart chart = new TrendChart(MATRIX.roles(), ANALYSIS, TrendView.sameMatrix(trend), CONTENT.quarter());

		assertThat(chart.averages().getColumnKeys()).extracting(Object::toString).containsExactly("Cloud Engineer");
		assertThat(chart.averages().getValue(0, 0)).isEqualTo(new BigDecimal("65.0"));
		assertThat(chart.averages().getValue(1, 0)).isEqualTo(ANALYSIS.averageFit(CLOUD).rounded());
		assertThat(chart.changes().getRowKeys()).containsExactly("Cloud Engineer");
		assertThat(chart.hasFigures()).isTrue();
		assertThat(chart.caption()).hasValue("The charts leave out DevOps Engineer, which was not compared.");
	}

	@Test
	void whenTheMatrixChangedTheTrendChartComparesTheRolesComparedOverTheSharedResponsibilitiesOnly() {
		TeamReportContent content = TeamReportFixtures.platformTeamWithTrendOverAnotherMatrix();
		TeamTrend trend = content.trend().trend();
		TrendChart chart = new TrendChart(MATRIX.roles(), ANALYSIS, content.trend(), content.quarter());
		CategoryDataset averages = chart.averages();
		Fraction then = trend.previousAverageFit().get(CLOUD.id());
		Fraction now = then.plus(trend.averageFitChange().get(CLOUD.id()));

		assertThat(trend.averageFitChange()).containsOnlyKeys(CLOUD.id());
		assertThat(averages.getColumnKeys()).extracting(Object::toString).containsExactly("Cloud Engineer");
		assertThat(averages.getValue(0, 0)).isEqualTo(then.rounded());
		assertThat(averages.getValue(1, 0)).as("now, over the shared responsibilities")
			.isEqualTo(now.rounded())
			.isNotEqualTo(ANALYSIS.averageFit(CLOUD).rounded());
		assertThat(chart.changes().getRowKeys()).containsExactly("Cloud Engineer");
		assertThat(chart.caption()).hasValue("The charts compare only the " + content.trend().comparedResponsibilities()
				+ " responsibilities both quarters' matrices share, each quarter scored again over them; they leave "
				+ "out DevOps Engineer, which was not compared.");
	}

	@Test
	void aTrendThatComparedNoFitHasNoChart() {
		TeamTrend peopleOnly = TeamTrend.peopleOnly("2026-Q3", List.<Person>of(),
				ANALYSIS.members().stream().map(MemberAnalysis::person).toList());

		assertThat(new TrendChart(MATRIX.roles(), ANALYSIS, new TrendView(peopleOnly, "cloud-devops", "2025.2", 0),
				CONTENT.quarter()).hasFigures()).isFalse();
	}

	@Test
	void chartTextIsLiberationSansFromTheClasspathWhateverTheMachineHasInstalled() {
		Map<Font, String> faces = Map.of(ChartStyle.AXIS_FONT, "Liberation Sans", ChartStyle.LABEL_FONT,
				"Liberation Sans", ChartStyle.VALUE_FONT, "Liberation Sans", ChartStyle.TITLE_FONT,
				"Liberation Sans Bold", ChartStyle.REMARK_FONT, "Liberation Sans Italic");

		faces.forEach((font, face) -> {
			assertThat(font.getFamily(Locale.ROOT)).as(face).isEqualTo("Liberation Sans");
			assertThat(font.getFontName(Locale.ROOT)).isEqualTo(face);
			assertThat(font.canDisplayUpTo("Łukasz Çağrı Νίκος")).as(face).isEqualTo(-1);
		});
	}

	/**
	 * The PDF operators a drawing writes, text as text: the order of fills ({@code f}) and strings ({@code Tj}) is
	 * the order things are drawn in, later over earlier.
	 */
	private static String pdfOperators(BiConsumer<Graphics2D, Rectangle2D> drawing, float width, float height) {
		Document document = new Document();
		PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
		document.open();
		PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
		Graphics2D graphics = template.createGraphics(width, height);
		try {
			drawing.accept(graphics, new Rectangle2D.Float(0, 0, width, height));
		}
		finally {
			graphics.dispose();
		}
		return new String(template.getInternalBuffer().toByteArray(), StandardCharsets.ISO_8859_1);
	}

	private static List<String> columnNames(CategoryDataset data) {
		List<String> names = new ArrayList<>();
		for (Object key : data.getColumnKeys()) {
			names.add(key.toString());
		}
		return names;
	}

	private static int indexOf(String responsibilityId) {
		for (int i = 0; i < ANALYSIS.coverage().size(); i++) {
			if (ANALYSIS.coverage().get(i).responsibility().id().equals(responsibilityId)) {
				return i;
			}
		}
		throw new AssertionError("no responsibility " + responsibilityId);
	}

}
