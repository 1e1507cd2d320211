package com.skillgap.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import com.skillgap.analysis.Fraction;
import com.skillgap.analysis.MemberTrend;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.analysis.TeamTrend;
import com.skillgap.matrix.Role;

/**
 * The trend against the previous quarter in two charts side by side: on the left the team's average fit per role,
 * then and now, as pairs of bars labelled with their values; on the right each member's change of fit per role, in
 * points, as bars either side of zero labelled with the signed change. Every value is rounded half-up to one decimal
 * as the trend table shows it. Only the roles that were compared are shown: when the previous quarter used another
 * matrix, both quarters were scored again over the responsibilities the two share, and a role none of those
 * responsibilities is required by was not compared; the titles and {@link #caption()} say so. A member who joined
 * has no bars, but the word "joined".
 * <p>
 * A team of more people than fit readably on a page gets several charts, one after another ({@link #blocks()}): the
 * first with the average fit and the changes of the first block of people, each other with the changes of the next,
 * all on one scale and in the same place.
 */
final class TrendChart {

	/** The most people one chart shows, however few roles the matrix has. */
	static final int MOST_PEOPLE = 30;

	/** Room for the titles, axes and legends. */
	private static final float TITLES_AXES_AND_LEGENDS = 90f;

	/** The least height that leaves the average-fit chart room for its bars. */
	private static final float LEAST_HEIGHT = 190f;

	/** The tallest the average-fit chart gets, however many people the changes of fit beside it show. */
	private static final double AVERAGES_HEIGHT = 300;

	/** The previous quarter, lighter than this one. */
	private static final Color THEN = new Color(0xB8, 0xC2, 0xCE);

	private static final String JOINED = "joined";

	/** The share of the width the average-fit chart takes. */
	private static final double AVERAGES_WIDTH = 0.38;

	/** The matrix's roles, whose places give their tints. */
	private final List<Role> roles;

	/** The roles whose average fit was compared, in matrix order: the ones the charts show. */
	private final List<Role> compared;

	private final TeamAnalysis analysis;

	private final TeamTrend trend;

	/**
	 * How many responsibilities both quarters were scored over when the previous quarter used another matrix, else
	 * {@code null}.
	 */
	private final Integer shared;

	private final String quarter;

	/** The members whose changes this chart shows, by their place in the team. */
	private final ChartBlock block;

	/** The chart of every member, on one chart however many there are; see {@link #blocks()}. */
	TrendChart(List<Role> roles, TeamAnalysis analysis, TrendView view, String quarter) {
		this(List.copyOf(roles), analysis, view.trend(), view.comparedResponsibilities(), quarter,
				new ChartBlock(0, analysis.members().size()));
	}

	private TrendChart(List<Role> roles, TeamAnalysis analysis, TeamTrend trend, Integer shared, String quarter,
			ChartBlock block) {
		this.roles = roles;
		this.compared = roles.stream()
			.filter(role -> trend.previousAverageFit().containsKey(role.id())
					&& trend.averageFitChange().containsKey(role.id()))
			.toList();
		this.analysis = analysis;
		this.trend = trend;
		this.shared = shared;
		this.quarter = quarter;
		this.block = block;
	}

	/**
	 * The charts to draw: one per block of as many people as fit in {@link ChartStyle#TALLEST} with their bars (and
	 * at most {@link #MOST_PEOPLE}), about equal in size, in the team's order.
	 */
	List<TrendChart> blocks() {
		int fit = (int) ((ChartStyle.TALLEST - TITLES_AXES_AND_LEGENDS) / rowHeight());
		return ChartBlock.split(this.analysis.members().size(), Math.clamp(fit, 1, MOST_PEOPLE))
			.stream()
			.map(people -> new TrendChart(this.roles, this.analysis, this.trend, this.shared, this.quarter, people))
			.toList();
	}

	ChartBlock block() {
		return this.block;
	}

	/** Whether any fit was compared: not when the previous quarter's matrix shares nothing with this one. */
	boolean hasFigures() {
		return !this.compared.isEmpty();
	}

	/**
	 * A sentence to go with the charts when they compare less than every role over the whole matrix: which
	 * responsibilities both quarters were scored over, and which roles are left out, not having been compared.
	 */
	Optional<String> caption() {
		List<String> left = this.roles.stream()
			.filter(role -> !this.compared.contains(role))
			.map(Role::name)
			.toList();
		if (this.shared == null && left.isEmpty()) {
			return Optional.empty();
		}
		String leftOut = left.isEmpty() ? ""
				: "leave out " + String.join(", ", left) + ", which " + (left.size() == 1 ? "was" : "were")
						+ " not compared";
		if (this.shared == null) {
			return Optional.of("The charts " + leftOut + ".");
		}
		return Optional.of("The charts compare only the " + sharedResponsibilities()
				+ " both quarters' matrices share, each quarter scored again over them"
				+ (leftOut.isEmpty() ? "" : "; they " + leftOut) + ".");
	}

	/** "12 responsibilities", "1 responsibility". */
	private String sharedResponsibilities() {
		return this.shared + (this.shared == 1 ? " responsibility" : " responsibilities");
	}

	/**
	 * A chart's title, with what it shows in brackets: the responsibilities both quarters were scored over when the
	 * matrix changed, and which people when this is one of several charts.
	 */
	private String title(String title, boolean people) {
		List<String> qualifiers = new ArrayList<>();
		if (this.shared != null) {
			qualifiers.add(this.shared + " shared " + (this.shared == 1 ? "responsibility" : "responsibilities"));
		}
		int everyone = this.analysis.members().size();
		if (people && this.block.size() < everyone) {
			qualifiers.add((this.block.from() + 1) + "–" + this.block.to() + " of " + everyone);
		}
		return qualifiers.isEmpty() ? title : title + " (" + String.join(", ", qualifiers) + ")";
	}

	/**
	 * A row per member with a bar per role, and room for the titles, axes and legends; the first chart at least as
	 * tall as its average-fit chart needs.
	 */
	float height() {
		float height = rowHeight() * this.block.size() + TITLES_AXES_AND_LEGENDS;
		return first() ? Math.max(LEAST_HEIGHT, height) : height;
	}

	/** A member's bars, 7 points each, and the gap to the next. */
	private float rowHeight() {
		return 7f * this.compared.size() + 6f;
	}

	/** Whether this is the first of the charts, the one with the average fit. */
	private boolean first() {
		return this.block.from() == 0;
	}

	/** The average fit on the left of the first chart; the changes of fit on the right of every one. */
	void draw(Graphics2D graphics, Rectangle2D area) {
		double left = area.getWidth() * AVERAGES_WIDTH;
		if (first()) {
			averagesChart().draw(graphics, new Rectangle2D.Double(area.getX(), area.getY(), left - 6,
					Math.min(area.getHeight(), AVERAGES_HEIGHT)));
		}
		changesChart().draw(graphics, new Rectangle2D.Double(area.getX() + left + 6, area.getY(),
				area.getWidth() - left - 6, area.getHeight()));
	}

	/**
	 * The team's average fit per compared role: a row for the previous quarter and one for this quarter (the previous
	 * figure plus the change, as the trend table shows it: on the same basis, over the shared responsibilities when
	 * the matrix changed); a column per compared role.
	 */
	CategoryDataset averages() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Role role : this.compared) {
			Fraction then = this.trend.previousAverageFit().get(role.id());
			Fraction now = then.plus(this.trend.averageFitChange().get(role.id()));
			ChartCategory column = new ChartCategory(this.roles.indexOf(role), role.name());
			data.addValue(then.rounded(), this.trend.previousQuarter(), column);
			data.addValue(now.rounded(), this.quarter, column);
		}
		return data;
	}

	/**
	 * Each member's change of fit in points: a row per compared role, a column per member of the block in the team's
	 * order; {@code null} for a member who joined.
	 */
	CategoryDataset changes() {
		return changes(this.block);
	}

	private CategoryDataset changes(ChartBlock people) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = people.from(); i < people.to(); i++) {
			MemberTrend member = this.trend.members().get(i);
			ChartCategory column = person(i);
			for (Role role : this.compared) {
				Fraction change = member == null ? null : member.fitChange().get(role.id());
				data.addValue(change == null ? null : change.rounded(), role.name(), column);
			}
		}
		return data;
	}

	private ChartCategory person(int index) {
		return new ChartCategory(index, this.analysis.members().get(index).person().name());
	}

	private JFreeChart averagesChart() {
		NumberAxis fit = new NumberAxis("Average fit %");
		fit.setLabelFont(ChartStyle.LABEL_FONT);
		fit.setTickLabelFont(ChartStyle.AXIS_FONT);
		fit.setRange(0, 110);
		fit.setTickUnit(new NumberTickUnit(20));
		CategoryAxis roleAxis = new CategoryAxis();
		roleAxis.setTickLabelFont(ChartStyle.AXIS_FONT);
		roleAxis.setCategoryMargin(0.3);
		roleAxis.setMaximumCategoryLabelLines(3);
		roleAxis.setMaximumCategoryLabelWidthRatio(1.3f);
		RemarkedBars bars = new RemarkedBars();
		bars.setItemMargin(0.05);
		bars.setMaximumBarWidth(0.2);
		bars.setSeriesPaint(0, THEN);
		bars.setSeriesPaint(1, ChartStyle.TEAM);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(ChartStyle.VALUE_FONT);
		bars.setDefaultItemLabelPaint(PdfFonts.TEXT);
		// a label is wider than its bar: the pair's labels meet over the gap between the bars rather than overlap
		bars.setSeriesPositiveItemLabelPosition(0,
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE1, TextAnchor.BOTTOM_RIGHT));
		bars.setSeriesPositiveItemLabelPosition(1,
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE11, TextAnchor.BOTTOM_LEFT));
		bars.setItemLabelAnchorOffset(2);
		CategoryPlot plot = new CategoryPlot(averages(), roleAxis, fit, bars);
		ChartStyle.plain(plot);
		plot.setRangeGridlinePaint(ChartStyle.GRID);
		plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
		LegendItemCollection legend = new LegendItemCollection();
		legend.add(ChartStyle.square(this.trend.previousQuarter(), THEN));
		legend.add(ChartStyle.square(this.quarter, ChartStyle.TEAM));
		plot.setFixedLegendItems(legend);
		return titled(ChartStyle.chart(plot, true), title("Average fit per role", false));
	}

	private JFreeChart changesChart() {
		NumberAxis change = new NumberAxis("Change of fit since " + this.trend.previousQuarter() + " (points)");
		change.setLabelFont(ChartStyle.LABEL_FONT);
		change.setTickLabelFont(ChartStyle.AXIS_FONT);
		// one scale for every block
		double largest = 0;
		CategoryDataset all = changes(new ChartBlock(0, this.analysis.members().size()));
		for (int row = 0; row < all.getRowCount(); row++) {
			for (int column = 0; column < all.getColumnCount(); column++) {
				Number value = all.getValue(row, column);
				largest = value == null ? largest : Math.max(largest, Math.abs(value.doubleValue()));
			}
		}
		// room either side for the labels at the bars' ends
		double reach = Math.max(10, Math.ceil(largest * 1.25 / 5) * 5);
		change.setRange(-reach, reach);
		CategoryAxis people = ChartStyle
			.categoryAxis(IntStream.range(0, this.analysis.members().size()).mapToObj(this::person).toList());
		people.setMaximumCategoryLabelWidthRatio(0.3f);
		people.setCategoryMargin(0.2);
		ChangeBars bars = new ChangeBars();
		CategoryPlot plot = new CategoryPlot(changes(), people, change, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		ChartStyle.plain(plot);
		plot.setRangeGridlinePaint(ChartStyle.GRID);
		plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
		plot.setRangeZeroBaselineVisible(true);
		plot.setRangeZeroBaselinePaint(ChartStyle.OUTLINE);
		LegendItemCollection legend = new LegendItemCollection();
		for (Role role : this.compared) {
			legend.add(ChartStyle.square(role.name(), tint(role)));
		}
		plot.setFixedLegendItems(legend);
		return titled(ChartStyle.chart(plot, true), title("Change of fit per person", true));
	}

	/** A role's tint, by its place in the matrix as in the other charts, whichever roles are shown. */
	private Color tint(Role role) {
		return ChartStyle.role(this.roles.indexOf(role));
	}

	private static JFreeChart titled(JFreeChart chart, String title) {
		TextTitle text = new TextTitle(title, ChartStyle.TITLE_FONT);
		text.setHorizontalAlignment(HorizontalAlignment.LEFT);
		text.setTextAlignment(HorizontalAlignment.LEFT);
		text.setPaint(PdfFonts.TEXT);
		chart.setTitle(text);
		return chart;
	}

	/** A member's change per role in the roles' tints, labelled with its sign; "joined" for who has no change. */
	private final class ChangeBars extends RemarkedBars {

		private static final long serialVersionUID = 1L;

		ChangeBars() {
			for (int i = 0; i < TrendChart.this.compared.size(); i++) {
				setSeriesPaint(i, tint(TrendChart.this.compared.get(i)));
			}
			setDefaultItemLabelGenerator(new SignedLabels());
			setDefaultItemLabelsVisible(true);
			setDefaultItemLabelFont(ChartStyle.VALUE_FONT);
			setDefaultItemLabelPaint(PdfFonts.TEXT);
			setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
			setDefaultNegativeItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
			setItemLabelAnchorOffset(2);
		}

		@Override
		String remark(int row, int column) {
			return row == 0 && TrendChart.this.trend.members().get(TrendChart.this.block.from() + column) == null
					? JOINED : null;
		}

	}

	/** {@code +2.5}, {@code -0.4}, {@code 0.0}: a rounded change with its sign, as the trend table writes it. */
	private static final class SignedLabels extends StandardCategoryItemLabelGenerator {

		private static final long serialVersionUID = 1L;

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			BigDecimal change = (BigDecimal) dataset.getValue(row, column);
			return change.signum() > 0 ? "+" + change.toPlainString() : change.toPlainString();
		}

	}

}
