package com.skillgap.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * The look the report's charts share: small Liberation Sans text (the PDF's own typeface, read from the classpath once),
 * light grid lines, thin grey outlines, a white background without a border and the legend below.
 */
final class ChartStyle {

	private static final Font REGULAR = load("liberation/LiberationSans-Regular.ttf");

	private static final Font BOLD = load("liberation/LiberationSans-Bold.ttf");

	private static final Font ITALIC = load("liberation/LiberationSans-Italic.ttf");

	static final Font AXIS_FONT = REGULAR.deriveFont(7f);

	static final Font LABEL_FONT = REGULAR.deriveFont(8f);

	/** A chart's own title, when it has one. */
	static final Font TITLE_FONT = BOLD.deriveFont(8f);

	/** Values written at the end of a bar or beside a point. */
	static final Font VALUE_FONT = REGULAR.deriveFont(6.5f);

	/** "not assessed" and similar remarks inside a chart. */
	static final Font REMARK_FONT = ITALIC.deriveFont(6f);

	/**
	 * The tallest a chart with a row per responsibility or person gets: what an A4 portrait page has left below a
	 * section heading and a note. A taller one is drawn as several ({@link ChartBlock}).
	 */
	static final float TALLEST = 640f;

	static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	static final Color OUTLINE = new Color(0x80, 0x80, 0x80);

	static final Stroke OUTLINE_STROKE = new BasicStroke(0.4f);

	static final Stroke GRID_STROKE = new BasicStroke(0.5f);

	/** The colour of the team's own figure: the team level, this quarter. */
	static final Color TEAM = new Color(0x44, 0x54, 0x6A);

	/** A light tint per role, in matrix order, repeating after four roles. */
	private static final Color[] ROLES = { new Color(0xA9, 0xC8, 0xE8), new Color(0xF3, 0xC0, 0x8E),
			new Color(0xB7, 0xD9, 0xA8), new Color(0xD7, 0xB8, 0xE8) };

	private ChartStyle() {
	}

	/**
	 * Reads a font of the Liberation Sans family from the classpath, as the PDF's text uses ({@link PdfFonts}), so
	 * that charts look the same, and show every name, whatever fonts the machine has installed.
	 */
	private static Font load(String resource) {
		try (InputStream input = ChartStyle.class.getClassLoader().getResourceAsStream(resource)) {
			if (input == null) {
				throw new IllegalStateException(
						"Font " + resource + " is not on the classpath (it comes with com.github.librepdf:openpdf-fonts-extra)");
			}
			return Font.createFont(Font.TRUETYPE_FONT, input);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("Font " + resource + " could not be read", ex);
		}
	}

	static Color role(int index) {
		return ROLES[index % ROLES.length];
	}

	/** A category axis of responsibility (or people's) names, laid out like the coverage chart's. */
	static CategoryAxis categoryAxis() {
		return categoryAxis(new CategoryAxis());
	}

	/**
	 * A category axis like {@link #categoryAxis()} beside the plot, for a block of the given categories: it takes as
	 * much room as the widest label of them all needs, so that the bars of every block of a chart start at the same
	 * place.
	 */
	static CategoryAxis categoryAxis(List<? extends Comparable<?>> everyCategory) {
		return categoryAxis(new SharedWidthAxis(everyCategory));
	}

	private static CategoryAxis categoryAxis(CategoryAxis axis) {
		axis.setTickLabelFont(AXIS_FONT);
		axis.setMaximumCategoryLabelWidthRatio(0.45f);
		axis.setCategoryMargin(0.25);
		return axis;
	}

	/** The plot on a white background without an outline, with light grid lines. */
	static void plain(Plot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
	}

	/**
	 * A chart of horizontal bars, one row of bars per category, the value axis at the bottom with light grid lines, and
	 * the given legend below.
	 */
	static JFreeChart horizontalBars(CategoryDataset data, CategoryAxis categories, ValueAxis values,
			CategoryItemRenderer bars, LegendItemCollection legend) {
		CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plain(plot);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(GRID_STROKE);
		plot.setFixedLegendItems(legend);
		return chart(plot, true);
	}

	/** A chart around the plot, legend below when {@code legend}, white and borderless. */
	static JFreeChart chart(Plot plot, boolean legend) {
		JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setBorderVisible(false);
		chart.setAntiAlias(true);
		if (legend) {
			LegendTitle title = chart.getLegend();
			title.setItemFont(LABEL_FONT);
			title.setPosition(RectangleEdge.BOTTOM);
			title.setFrame(BlockBorder.NONE);
		}
		return chart;
	}

	/** A legend entry drawn as a small filled square. */
	static LegendItem square(String label, Paint fill) {
		return new LegendItem(label, null, null, null, new Rectangle2D.Double(-4, -4, 8, 8), fill, OUTLINE_STROKE,
				OUTLINE);
	}

	/** A legend entry drawn as the given shape. */
	static LegendItem shape(String label, Shape shape, Paint fill) {
		return new LegendItem(label, null, null, null, shape, fill, OUTLINE_STROKE, OUTLINE);
	}

	/** A category axis beside its plot that reserves room for the widest label of more categories than it shows. */
	private static final class SharedWidthAxis extends CategoryAxis {

		private static final long serialVersionUID = 1L;

		private final transient List<? extends Comparable<?>> everyCategory;

		SharedWidthAxis(List<? extends Comparable<?>> everyCategory) {
			this.everyCategory = List.copyOf(everyCategory);
		}

		@Override
		public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
				AxisSpace space) {
			AxisSpace reserved = super.reserveSpace(g2, plot, plotArea, edge, space);
			CategoryLabelPosition position = getCategoryLabelPositions().getLabelPosition(edge);
			if (!isVisible() || !isTickLabelsVisible() || !RectangleEdge.isLeftOrRight(edge)
					|| position.getWidthType() != CategoryLabelWidthType.RANGE) {
				return reserved;
			}
			// as CategoryAxis.refreshTicks wraps a label beside the plot
			float ratio = getMaximumCategoryLabelWidthRatio() > 0 ? getMaximumCategoryLabelWidthRatio()
					: position.getWidthRatio();
			double widest = 0;
			for (Comparable<?> category : this.everyCategory) {
				g2.setFont(getTickLabelFont(category));
				TextBlock label = createLabel(category, (float) plotArea.getWidth() * ratio, edge, g2);
				widest = Math.max(widest, calculateTextBlockWidth(label, position, g2));
			}
			reserved.ensureAtLeast(widest + getCategoryLabelPositionOffset(), edge);
			return reserved;
		}

	}

}
