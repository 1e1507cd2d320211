package com.skillgap.report;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.CoverageStatus;

/**
 * Practitioners per responsibility as horizontal bars, each bar in the colour of its coverage status and labelled
 * with its count at its end (so a responsibility nobody practises reads "0" rather than showing nothing), drawn with
 * JFreeChart onto any {@link Graphics2D} — in the PDF, as vectors.
 */
final class CoverageChart {

	private final List<CoverageEntry> coverage;

	CoverageChart(List<CoverageEntry> coverage) {
		this.coverage = List.copyOf(coverage);
	}

	/** Points of height the chart needs: a row per responsibility and room for the axis and legend. */
	float height() {
		return 14f * this.coverage.size() + 60f;
	}

	void draw(Graphics2D graphics, Rectangle2D area) {
		chart().draw(graphics, area);
	}

	private JFreeChart chart() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (CoverageEntry entry : this.coverage) {
			data.addValue(entry.practitioners(), "Practitioners", entry.responsibility().name());
		}
		NumberAxis practitioners = new NumberAxis("Practitioners (members at the coverage level or above)");
		practitioners.setLabelFont(ChartStyle.LABEL_FONT);
		practitioners.setTickLabelFont(ChartStyle.AXIS_FONT);
		practitioners.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		int most = this.coverage.stream().mapToInt(CoverageEntry::practitioners).max().orElse(0);
		practitioners.setRange(0, Math.max(2, most + 1));
		return ChartStyle.horizontalBars(data, ChartStyle.categoryAxis(), practitioners, new StatusBars(), legend());
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
			return CoverageStatusColours.of(CoverageChart.this.coverage.get(column).status());
		}

		@Override
		public Paint getItemOutlinePaint(int row, int column) {
			return ChartStyle.OUTLINE;
		}

	}

}
