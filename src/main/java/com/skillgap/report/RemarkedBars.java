package com.skillgap.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars in the report's style, flat with a thin outline, that write a remark ("not assessed", "joined") where a bar
 * without a value would start, so that a missing figure never looks like 0.
 * <p>
 * Value labels and remarks are written in a second pass, once every bar is drawn: a label beside one bar of a group
 * stays whole where the group's next bar reaches under it.
 */
class RemarkedBars extends BarRenderer {

	private static final long serialVersionUID = 1L;

	RemarkedBars() {
		setBarPainter(new StandardBarPainter());
		setShadowVisible(false);
		setDrawBarOutline(true);
		setDefaultOutlinePaint(ChartStyle.OUTLINE);
		setDefaultOutlineStroke(ChartStyle.OUTLINE_STROKE);
		setItemMargin(0);
	}

	/** The remark for a bar without a value, {@code null} for none. */
	String remark(int row, int column) {
		return null;
	}

	/** The bars, then their labels. */
	@Override
	public int getPassCount() {
		return 2;
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		int visibleRow = state.getVisibleSeriesIndex(row);
		if (visibleRow < 0) {
			return;
		}
		Number value = dataset.getValue(row, column);
		if (pass == 0) {
			if (value != null) {
				super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
			}
			return;
		}
		PlotOrientation orientation = plot.getOrientation();
		double barW0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
		if (value == null) {
			String remark = remark(row, column);
			if (remark != null) {
				drawRemark(g2, remark, state, dataArea, plot, rangeAxis, barW0);
			}
			return;
		}
		CategoryItemLabelGenerator generator = getItemLabelGenerator(row, column);
		double[] ends = calculateBarL0L1(value.doubleValue());
		if (generator == null || !isItemLabelVisible(row, column) || ends == null) {
			return;
		}
		RectangleEdge edge = plot.getRangeAxisEdge();
		double from = rangeAxis.valueToJava2D(ends[0], dataArea, edge);
		double to = rangeAxis.valueToJava2D(ends[1], dataArea, edge);
		double start = Math.min(from, to);
		double length = Math.abs(to - from);
		Rectangle2D bar = orientation == PlotOrientation.HORIZONTAL
				? new Rectangle2D.Double(start, barW0, length, state.getBarWidth())
				: new Rectangle2D.Double(barW0, start, state.getBarWidth(), length);
		super.drawItemLabel(g2, dataset, row, column, plot, generator, bar, value.doubleValue() < 0);
	}

	/** Labels are written by the second pass of {@link #drawItem}, not while the bars are drawn. */
	@Override
	protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
			CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
	}

	private static void drawRemark(Graphics2D g2, String remark, CategoryItemRendererState state, Rectangle2D dataArea,
			CategoryPlot plot, ValueAxis rangeAxis, double barW0) {
		double zero = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
		double middle = barW0 + state.getBarWidth() / 2;
		g2.setFont(ChartStyle.REMARK_FONT);
		g2.setPaint(PdfFonts.MUTED);
		if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
			TextUtils.drawAlignedString(remark, g2, (float) zero + 2, (float) middle, TextAnchor.CENTER_LEFT);
		}
		else {
			TextUtils.drawAlignedString(remark, g2, (float) middle, (float) zero - 2, TextAnchor.BOTTOM_CENTER);
		}
	}

}
