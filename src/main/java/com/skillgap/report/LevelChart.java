package com.skillgap.report;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

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
 */
final class LevelChart {

	/** The tallest the chart gets: what an A4 portrait page has left below a section heading and a note. */
	static final float MAXIMUM_HEIGHT = 640f;

	static final String TEAM_LEVEL = "Team level";

	private static final String NOT_ASSESSED = "not assessed";

	private final List<CoverageEntry> coverage;

	private final List<Role> roles;

	private final List<ScaleLevel> levels;

	LevelChart(Matrix matrix, List<CoverageEntry> coverage) {
		this.coverage = List.copyOf(coverage);
		this.roles = matrix.roles();
		this.levels = matrix.scale().levels();
	}

	/** A row per responsibility, a bar per role and the team, and room for the axis and legend; one page at most. */
	float height() {
		float row = 7f * (1 + this.roles.size()) + 2f;
		return Math.min(MAXIMUM_HEIGHT, row * this.coverage.size() + 70f);
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
	 * column per responsibility, in matrix order.
	 */
	CategoryDataset dataset() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = 0; i < this.coverage.size(); i++) {
			CoverageEntry entry = this.coverage.get(i);
			ChartCategory column = new ChartCategory(i, entry.responsibility().name());
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
		CategoryAxis responsibilities = ChartStyle.categoryAxis();
		responsibilities.setCategoryMargin(0.15);
		return ChartStyle.horizontalBars(dataset(), responsibilities, level, new LevelBars(), legend());
	}

	/** "0 None", "1 Awareness", … when the names fit between the ticks, else the bare numbers. */
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
