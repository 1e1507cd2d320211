package com.skillgap.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Horizontal bars in the report's style, flat with a thin outline, that write a remark ("not assessed", "joined")
 * where a bar without a value would start, so that a missing figure never looks like 0.
 */
abstract class RemarkedBars extends BarRenderer {

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
	abstract String remark(int row, int column);

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		if (dataset.getValue(row, column) == null) {
			String remark = remark(row, column);
			if (remark != null && pass == 0) {
				double top = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
				double x = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
				g2.setFont(ChartStyle.REMARK_FONT);
				g2.setPaint(PdfFonts.MUTED);
				TextUtils.drawAlignedString(remark, g2, (float) x + 2, (float) (top + state.getBarWidth() / 2),
						TextAnchor.HALF_ASCENT_LEFT);
			}
			return;
		}
		super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
	}

}
