package com.skillgap.report;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Role;
import com.skillgap.matrix.ScaleLevel;

/**
 * The team's level against the level each role requires, per responsibility in matrix order: grouped horizontal
 * bars, the team level (mean of the assessed levels, rounded half-up to one decimal and written at the bar's end)
 * first, then one bar per role that requires the responsibility. A role that does not require it has no bar; a
 * responsibility nobody was assessed on reads "not assessed" where its team-level bar would be, never 0.
 * <p>
 * A matrix of more responsibilities than fit readably on a page is drawn as several charts, one after another
 * ({@link #blocks()}), their bars starting at the same place.
 */
final class LevelChart {

	/** The tallest the chart gets: what an A4 portrait page has left below a section heading and a note. */
	static final float MAXIMUM_HEIGHT = ChartStyle.TALLEST;

	/** The most responsibilities one chart shows, however few roles the matrix has. */
	static final int MOST_ROWS = 28;

	/** Room for the level axis and the legend. */
	private static final float AXIS_AND_LEGEND = 70f;

	static final String TEAM_LEVEL = "Team level";

	private static final String NOT_ASSESSED = "not assessed";

	/** Every responsibility's coverage, in matrix order, of which this chart shows {@link #block}. */
	private final List<CoverageEntry> coverage;

	private final List<Role> roles;

	private final List<ScaleLevel> levels;

	private final ChartBlock block;

	/** The chart of every responsibility, on one chart however many there are; see {@link #blocks()}. */
	LevelChart(Matrix matrix, List<CoverageEntry> coverage) {
		this(List.copyOf(coverage), matrix.roles(), matrix.scale().levels(), new ChartBlock(0, coverage.size()));
	}

	private LevelChart(List<CoverageEntry> coverage, List<Role> roles, List<ScaleLevel> levels, ChartBlock block) {
		this.coverage = coverage;
		this.roles = roles;
		this.levels = levels;
		this.block = block;
	}

	/**
	 * The charts to draw: one per block of as many responsibilities as fit in {@link #MAXIMUM_HEIGHT} with their
	 * bars (and at most {@link #MOST_ROWS}), about equal in size, a block ending where an area does when that is
	 * near.
	 */
	List<LevelChart> blocks() {
		int fit = (int) ((MAXIMUM_HEIGHT - AXIS_AND_LEGEND) / rowHeight());
		return ChartBlock.split(this.coverage.size(), Math.clamp(fit, 1, MOST_ROWS), this::startsAnArea)
			.stream()
			.map(rows -> new LevelChart(this.coverage, this.roles, this.levels, rows))
			.toList();
	}

	ChartBlock block() {
		return this.block;
	}

	/**
	 * A row per responsibility, a bar per role and the team, and room for the axis and legend; one page at most (the
	 * rows squeezed, if the chart is not one of its {@link #blocks()}).
	 */
	float height() {
		return Math.min(MAXIMUM_HEIGHT, rowHeight() * this.block.size() + AXIS_AND_LEGEND);
	}

	/** A responsibility's bars, 6.5 points each, and the gap to the next. */
	private float rowHeight() {
		return 6.5f * (1 + this.roles.size()) + 3f;
	}

	private boolean startsAnArea(int index) {
		return index > 0 && !this.coverage.get(index).responsibility()
			.area()
			.equals(this.coverage.get(index - 1).responsibility().area());
	}

	void draw(Graphics2D graphics, Rectangle2D area) {
		chart(graphics, area).draw(graphics, area);
	}

	/** The legend's (and the dataset's row) name of the bars of a role's required level. */
	static String required(Role role) {
		return "Required by " + role.name();
	}

	/**
	 * The plotted values: a row for the team level (rounded as shown; {@code null} when nobody was assessed), then
	 * one per role with its required level ({@code null} when the role does not require the responsibility); a
	 * column per responsibility of the block, in matrix order.
	 */
	CategoryDataset dataset() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = this.block.from(); i < this.block.to(); i++) {
			CoverageEntry entry = this.coverage.get(i);
			ChartCategory column = category(i);
			data.addValue(entry.teamLevel() == null ? null : entry.teamLevel().rounded(), TEAM_LEVEL, column);
			for (Role role : this.roles) {
				int required = entry.responsibility().requiredBy(role.id());
				data.addValue(required > 0 ? required : null, required(role), column);
			}
		}
		return data;
	}

	private JFreeChart chart(Graphics2D graphics, Rectangle2D area) {
		SymbolAxis level = new SymbolAxis("Level", levelNames(graphics, area));
		level.setLabelFont(ChartStyle.LABEL_FONT);
		level.setTickLabelFont(ChartStyle.AXIS_FONT);
		level.setGridBandsVisible(false);
		level.setAutoRange(false);
		level.setRange(0, this.levels.size() - 0.5);
		CategoryAxis responsibilities = ChartStyle
			.categoryAxis(IntStream.range(0, this.coverage.size()).mapToObj(this::category).toList());
		responsibilities.setCategoryMargin(0.15);
		return ChartStyle.horizontalBars(dataset(), responsibilities, level, new LevelBars(), legend());
	}

	private ChartCategory category(int index) {
		return new ChartCategory(index, this.coverage.get(index).responsibility().name());
	}

	/**
	 * "0 None", "1 Awareness", … when the names fit between the ticks, else the bare numbers; the same for every
	 * block.
	 */
	private String[] levelNames(Graphics2D graphics, Rectangle2D area) {
		FontMetrics metrics = graphics.getFontMetrics(ChartStyle.AXIS_FONT);
		int widestName = this.coverage.stream()
			.mapToInt(entry -> metrics.stringWidth(entry.responsibility().name()))
			.max()
			.orElse(0);
		double plotWidth = area.getWidth() - Math.min(widestName, area.getWidth() * 0.45) - 30;
		double perTick = plotWidth / (this.levels.size() - 0.5);
		boolean named = this.levels.stream()
			.allMatch(level -> metrics.stringWidth(level.level() + " " + level.name()) + 8 < perTick);
		return this.levels.stream()
			.map(level -> named ? level.level() + " " + level.name() : String.valueOf(level.level()))
			.toArray(String[]::new);
	}

	private LegendItemCollection legend() {
		LegendItemCollection items = new LegendItemCollection();
		items.add(ChartStyle.square(TEAM_LEVEL + " (mean of the assessed levels)", ChartStyle.TEAM));
		for (int i = 0; i < this.roles.size(); i++) {
			items.add(ChartStyle.square(required(this.roles.get(i)), ChartStyle.role(i)));
		}
		return items;
	}

	/**
	 * The team level dark, the required levels in the roles' tints; the team level labelled with its value, and
	 * "not assessed" where nobody was assessed.
	 */
	private final class LevelBars extends RemarkedBars {

		private static final long serialVersionUID = 1L;

		LevelBars() {
			setSeriesPaint(0, ChartStyle.TEAM);
			for (int i = 0; i < LevelChart.this.roles.size(); i++) {
				setSeriesPaint(i + 1, ChartStyle.role(i));
			}
			setSeriesItemLabelGenerator(0, new StandardCategoryItemLabelGenerator("{2}",
					new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
			setSeriesItemLabelsVisible(0, true);
			setDefaultItemLabelFont(ChartStyle.VALUE_FONT);
			setDefaultItemLabelPaint(PdfFonts.TEXT);
			setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
			setItemLabelAnchorOffset(2);
		}

		@Override
		String remark(int row, int column) {
			return row == 0 ? NOT_ASSESSED : null;
		}

	}

}
