package com.skillgap.report;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.CoverageStatus;

/**
 * Practitioners per responsibility as horizontal bars, each bar in the colour of its coverage status and labelled
 * with its count at its end (so a responsibility nobody practises reads "0" rather than showing nothing), drawn with
 * JFreeChart onto any {@link Graphics2D} — in the PDF, as vectors.
 * <p>
 * A matrix of more than {@link #MOST_ROWS} responsibilities is drawn as several charts, one after another
 * ({@link #blocks()}), on one scale and with their bars starting at the same place.
 */
final class CoverageChart {

	/** The most responsibilities one chart shows, so that its rows stay readable and it fits on a page. */
	static final int MOST_ROWS = 28;

	static final String PRACTITIONERS = "Practitioners";

	/** Every responsibility's coverage, in matrix order, of which this chart shows {@link #block}. */
	private final List<CoverageEntry> coverage;

	private final ChartBlock block;

	/** The chart of every responsibility, on one chart however many there are; see {@link #blocks()}. */
	CoverageChart(List<CoverageEntry> coverage) {
		this(List.copyOf(coverage), new ChartBlock(0, coverage.size()));
	}

	private CoverageChart(List<CoverageEntry> coverage, ChartBlock block) {
		this.coverage = coverage;
		this.block = block;
	}

	/**
	 * The charts to draw: one per block of at most {@link #MOST_ROWS} responsibilities, about equal in size, a block
	 * ending where an area does when that is near.
	 */
	List<CoverageChart> blocks() {
		return ChartBlock.split(this.coverage.size(), MOST_ROWS, this::startsAnArea)
			.stream()
			.map(rows -> new CoverageChart(this.coverage, rows))
			.toList();
	}

	ChartBlock block() {
		return this.block;
	}

	/** Points of height the chart needs: a row per responsibility and room for the axis and legend. */
	float height() {
		return 14f * this.block.size() + 60f;
	}

	void draw(Graphics2D graphics, Rectangle2D area) {
		chart().draw(graphics, area);
	}

	/**
	 * The plotted values: one row, the practitioners of each responsibility of the block, a column per
	 * responsibility in matrix order.
	 */
	CategoryDataset dataset() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = this.block.from(); i < this.block.to(); i++) {
			data.addValue(Integer.valueOf(this.coverage.get(i).practitioners()), PRACTITIONERS, category(i));
		}
		return data;
	}

	JFreeChart chart() {
		NumberAxis practitioners = new NumberAxis("Practitioners (members at the coverage level or above)");
		practitioners.setLabelFont(ChartStyle.LABEL_FONT);
		practitioners.setTickLabelFont(ChartStyle.AXIS_FONT);
		practitioners.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		// one scale for every block
		int most = this.coverage.stream().mapToInt(CoverageEntry::practitioners).max().orElse(0);
		practitioners.setRange(0, Math.max(2, most + 1));
		List<ChartCategory> every = IntStream.range(0, this.coverage.size()).mapToObj(this::category).toList();
		return ChartStyle.horizontalBars(dataset(), ChartStyle.categoryAxis(every), practitioners, new StatusBars(),
				legend());
	}

	private ChartCategory category(int index) {
		return new ChartCategory(index, this.coverage.get(index).responsibility().name());
	}

	private boolean startsAnArea(int index) {
		return index > 0 && !this.coverage.get(index).responsibility()
			.area()
			.equals(this.coverage.get(index - 1).responsibility().area());
	}

	private LegendItemCollection legend() {
		LegendItemCollection items = new LegendItemCollection();
		for (CoverageStatus status : CoverageStatus.values()) {
			if (status != CoverageStatus.THIN || this.coverage.stream().anyMatch(entry -> entry.status() == status)) {
				items.add(ChartStyle.square(status.label(), CoverageStatusColours.of(status)));
			}
		}
		return items;
	}

	/** Bars filled with the colour of their responsibility's coverage status, each labelled with its count. */
	private final class StatusBars extends BarRenderer {

		private static final long serialVersionUID = 1L;

		StatusBars() {
			setBarPainter(new StandardBarPainter());
			setShadowVisible(false);
			setDrawBarOutline(true);
			setDefaultOutlinePaint(ChartStyle.OUTLINE);
			setDefaultOutlineStroke(ChartStyle.OUTLINE_STROKE);
			setMaximumBarWidth(0.8);
			setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
					NumberFormat.getIntegerInstance(Locale.ROOT)));
			setDefaultItemLabelFont(ChartStyle.AXIS_FONT);
			setDefaultItemLabelPaint(PdfFonts.TEXT);
			setDefaultItemLabelsVisible(true);
			setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
			setItemLabelAnchorOffset(3);
		}

		@Override
		public Paint getItemPaint(int row, int column) {
			return CoverageStatusColours.of(CoverageChart.this.coverage.get(CoverageChart.this.block.from() + column)
				.status());
		}

		@Override
		public Paint getItemOutlinePaint(int row, int column) {
			return ChartStyle.OUTLINE;
		}

	}

}
