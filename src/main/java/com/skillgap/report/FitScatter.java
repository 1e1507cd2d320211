package com.skillgap.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Role;

/**
 * Every member placed by their fit for the matrix's first role (across) against their fit for its second (up), both
 * 0–100 and rounded half-up to one decimal as the fit table shows them; a matrix of more roles has only its first two
 * on the chart. Dashed lines mark the hybrid threshold; the corner beyond both is shaded and labelled "Hybrid" (with
 * more than two roles, "Both ≥" the threshold, as a hybrid must reach it for every role), and hybrids are drawn as
 * green diamonds, everyone else as slate circles. Each point carries the person's name beside it, placed where it overlaps no other name or point if there
 * is such a place, else with a thin line leading to it; people at the very same point share one label, their names
 * separated by commas.
 */
final class FitScatter {

	static final String HYBRID = "Hybrid";

	static final String NOT_HYBRID = "Not hybrid";

	/** Below this there is no room for a readable chart: it goes on a page of its own. */
	static final float MINIMUM_HEIGHT = 280f;

	/** The chart's height when the page has room: most of a landscape page. */
	static final float PREFERRED_HEIGHT = 420f;

	private static final Color HYBRID_POINT = new Color(0x2E, 0x7D, 0x32);

	private static final Color HYBRID_CORNER = new Color(0xE6, 0xF2, 0xE3);

	private static final Color THRESHOLD = new Color(0x70, 0x70, 0x70);

	private static final BasicStroke THRESHOLD_STROKE = new BasicStroke(0.7f, BasicStroke.CAP_BUTT,
			BasicStroke.JOIN_MITER, 10f, new float[] { 3f, 2f }, 0f);

	private static final Color LEADER = new Color(0xA0, 0xA0, 0xA0);

	private static final Shape CIRCLE = new Ellipse2D.Double(-3, -3, 6, 6);

	private static final Shape DIAMOND = diamond(4);

	/** Axes run a little beyond 0 and 100 so that points on the edges are drawn whole. */
	private static final double AXIS_MARGIN = 4;

	/** Room to the right of the plot for the names of people whose fit for the first role is near 100. */
	private static final double LABEL_ROOM = 70;

	/** About the width the legend takes, to the right of the names beside the plot. */
	private static final double LEGEND_WIDTH = 150;

	/** One member's place: the fits as shown, rounded half-up to one decimal. */
	record Point(String name, BigDecimal x, BigDecimal y, boolean hybrid) {
	}

	private final Role across;

	private final Role up;

	/** How many roles the matrix has, of which the chart shows two. */
	private final int roles;

	private final BigDecimal threshold;

	private final List<Point> points;

	private final float height;

	/** The chart for a matrix's first two roles, {@code height} points tall. */
	FitScatter(List<Role> roles, TeamAnalysis analysis, float height) {
		if (roles.size() < 2) {
			throw new IllegalArgumentException("the fit chart needs two roles, not " + roles.size());
		}
		this.across = roles.get(0);
		this.up = roles.get(1);
		this.roles = roles.size();
		this.threshold = analysis.rules().hybridThreshold();
		List<Point> placed = new ArrayList<>();
		for (MemberAnalysis member : analysis.members()) {
			placed.add(new Point(member.person().name(), member.fit(this.across).fit().rounded(),
					member.fit(this.up).fit().rounded(), member.hybrid()));
		}
		this.points = List.copyOf(placed);
		this.height = height;
	}

	float height() {
		return this.height;
	}

	/** Each member's place, in the team's order. */
	List<Point> points() {
		return this.points;
	}

	/** The plotted series: everyone who is not a hybrid, then the hybrids. */
	XYSeriesCollection dataset() {
		XYSeries others = new XYSeries(NOT_HYBRID, false, true);
		XYSeries hybrids = new XYSeries(HYBRID, false, true);
		for (Point point : this.points) {
			(point.hybrid() ? hybrids : others).add(point.x(), point.y());
		}
		XYSeriesCollection data = new XYSeriesCollection();
		data.addSeries(others);
		data.addSeries(hybrids);
		return data;
	}

	/** Draws the chart in the middle of {@code area}, no wider than suits its height. */
	void draw(Graphics2D graphics, Rectangle2D area) {
		double width = Math.min(area.getWidth(), area.getHeight() * 1.4 + LABEL_ROOM + LEGEND_WIDTH);
		Rectangle2D centred = new Rectangle2D.Double(area.getX() + (area.getWidth() - width) / 2, area.getY(), width,
				area.getHeight());
		chart().draw(graphics, centred);
	}

	private JFreeChart chart() {
		XYPlot plot = new XYPlot(dataset(), fitAxis(this.across), fitAxis(this.up), markers());
		ChartStyle.plain(plot);
		plot.setDomainGridlinePaint(ChartStyle.GRID);
		plot.setRangeGridlinePaint(ChartStyle.GRID);
		plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
		plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
		double at = this.threshold.doubleValue();
		plot.getRenderer()
			.addAnnotation(new XYBoxAnnotation(at, at, 100 + AXIS_MARGIN, 100 + AXIS_MARGIN, null, null,
					HYBRID_CORNER), Layer.BACKGROUND);
		plot.addDomainMarker(thresholdLine(at), Layer.BACKGROUND);
		plot.addRangeMarker(thresholdLine(at), Layer.BACKGROUND);
		plot.addAnnotation(new NameLabels());
		plot.setFixedLegendItems(legend());
		JFreeChart chart = ChartStyle.chart(plot, true);
		chart.getLegend().setPosition(RectangleEdge.RIGHT);
		chart.getLegend().setVerticalAlignment(VerticalAlignment.TOP);
		chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
		chart.getLegend().setMargin(new RectangleInsets(0, LABEL_ROOM, 0, 0));
		return chart;
	}

	private static NumberAxis fitAxis(Role role) {
		NumberAxis axis = new NumberAxis(role.name() + " fit %");
		axis.setLabelFont(ChartStyle.LABEL_FONT);
		axis.setTickLabelFont(ChartStyle.AXIS_FONT);
		axis.setAutoRange(false);
		axis.setRange(-AXIS_MARGIN, 100 + AXIS_MARGIN);
		axis.setTickUnit(new NumberTickUnit(10));
		return axis;
	}

	private static ValueMarker thresholdLine(double at) {
		ValueMarker marker = new ValueMarker(at);
		marker.setPaint(THRESHOLD);
		marker.setStroke(THRESHOLD_STROKE);
		return marker;
	}

	private XYLineAndShapeRenderer markers() {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		renderer.setSeriesShape(0, CIRCLE);
		renderer.setSeriesPaint(0, ChartStyle.TEAM);
		renderer.setSeriesShape(1, DIAMOND);
		renderer.setSeriesPaint(1, HYBRID_POINT);
		renderer.setUseOutlinePaint(true);
		renderer.setDefaultOutlinePaint(Color.WHITE);
		renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
		renderer.setDrawOutlines(true);
		return renderer;
	}

	private LegendItemCollection legend() {
		String threshold = this.threshold.toPlainString();
		LegendItemCollection items = new LegendItemCollection();
		items.add(ChartStyle.shape(HYBRID + ": " + (this.roles == 2 ? "both fits" : "the fits for all " + this.roles
				+ " roles") + " ≥ " + threshold, DIAMOND, HYBRID_POINT));
		items.add(ChartStyle.shape(NOT_HYBRID, CIRCLE, ChartStyle.TEAM));
		items.add(new LegendItem("Hybrid threshold, " + threshold, null, null, null, false, CIRCLE, false,
				Color.WHITE, false, Color.WHITE, ChartStyle.OUTLINE_STROKE, true, new Line2D.Double(-7, 0, 7, 0),
				THRESHOLD_STROKE, THRESHOLD));
		return items;
	}

	private static Shape diamond(double size) {
		Path2D.Double diamond = new Path2D.Double();
		diamond.moveTo(0, -size);
		diamond.lineTo(size, 0);
		diamond.lineTo(0, size);
		diamond.lineTo(-size, 0);
		diamond.closePath();
		return diamond;
	}

	/**
	 * People at one point of the chart, in Java2D coordinates, with how many points (this one included) lie within
	 * {@link NameLabels#CROWDED} of it.
	 */
	private record Spot(double x, double y, List<String> names, int neighbours) {

		/** The most crowded first; among as crowded, by name, then from left to right and top to bottom. */
		static final Comparator<Spot> LABELLING_ORDER = Comparator.comparingInt(Spot::neighbours)
			.reversed()
			.thenComparing(spot -> String.join(", ", spot.names()))
			.thenComparingDouble(Spot::x)
			.thenComparingDouble(Spot::y);

	}

	/**
	 * The names beside the points, and the "Hybrid" of the shaded corner. Each label (people at the same point share
	 * one) goes to the first of eight places around its point, near then farther, that overlaps no label already
	 * placed and no point, and stays inside the plot or the room to its right; where every place overlaps something,
	 * to the place that overlaps least. A label away from its point has a thin line leading to it. The most crowded
	 * points are labelled first, in an order that depends on nothing but the points ({@link Spot#LABELLING_ORDER}).
	 */
	private final class NameLabels extends AbstractXYAnnotation {

		private static final long serialVersionUID = 1L;

		/**
		 * Where a label may go, clockwise from the right: the gap to the point along x and y (times the distance),
		 * and the label's offset as a share of its width and height.
		 */
		private static final double[][] PLACES = { { 1, 0, 0, -0.5 }, { 0.7, 0.7, 0, 0 }, { 0, 1, -0.5, 0 },
				{ -0.7, 0.7, -1, 0 }, { -1, 0, -1, -0.5 }, { -0.7, -0.7, -1, -1 }, { 0, -1, -0.5, -1 },
				{ 0.7, -0.7, 0, -1 } };

		/** Where the names of people at the same point wrap. */
		private static final double LINE_WIDTH = 110;

		/** Points closer than this to one another are crowded. */
		private static final double CROWDED = 30;

		/**
		 * How much worse, for the same area, a label covering a point is than a label lying outside the room for it:
		 * a hidden point is a person missing from the chart.
		 */
		private static final double POINT_WEIGHT = 20;

		/**
		 * How much worse, for the same area, a label covering another label is: names written over one another are
		 * hard to read, while a leader line crossing a name still reads.
		 */
		private static final double LABEL_WEIGHT = 4;

		/** How far from its point a label may go, nearest first; beyond the first, a thin line leads to it. */
		private static final double[] DISTANCES = { 5, 14, 26, 40, 56, 76, 100, 130 };

		@Override
		public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
				int rendererIndex, PlotRenderingInfo info) {
			Map<List<BigDecimal>, List<String>> atPoint = new LinkedHashMap<>();
			for (Point point : FitScatter.this.points) {
				atPoint.computeIfAbsent(List.of(point.x(), point.y()), key -> new ArrayList<>()).add(point.name());
			}
			List<Point2D> places = new ArrayList<>();
			List<List<String>> namesAt = new ArrayList<>();
			List<Rectangle2D> marks = new ArrayList<>();
			atPoint.forEach((key, names) -> {
				double x = domainAxis.valueToJava2D(key.get(0).doubleValue(), dataArea, plot.getDomainAxisEdge());
				double y = rangeAxis.valueToJava2D(key.get(1).doubleValue(), dataArea, plot.getRangeAxisEdge());
				places.add(new Point2D.Double(x, y));
				namesAt.add(names);
				marks.add(new Rectangle2D.Double(x - 4, y - 4, 8, 8));
			});
			List<Rectangle2D> taken = new ArrayList<>(marks);
			List<Rectangle2D> labels = new ArrayList<>();
			taken.add(cornerLabel(g2, plot, dataArea, domainAxis, rangeAxis, taken));
			// each point's crowd is counted once, before sorting: the order must not depend on the sort's progress
			List<Spot> spots = new ArrayList<>();
			for (int i = 0; i < places.size(); i++) {
				Point2D place = places.get(i);
				int neighbours = (int) places.stream().filter(other -> other.distance(place) < CROWDED).count();
				spots.add(new Spot(place.getX(), place.getY(), namesAt.get(i), neighbours));
			}
			spots.sort(Spot.LABELLING_ORDER);
			Rectangle2D room = new Rectangle2D.Double(dataArea.getX(), dataArea.getY(),
					dataArea.getWidth() + LABEL_ROOM, dataArea.getHeight());
			Shape clip = g2.getClip();
			g2.setClip(room);
			g2.setFont(ChartStyle.VALUE_FONT);
			FontMetrics metrics = g2.getFontMetrics();
			double lineHeight = metrics.getAscent() + metrics.getDescent();
			List<Line2D> leaders = new ArrayList<>();
			for (Spot spot : spots) {
				List<String> lines = lines(spot.names(), metrics);
				double width = lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
				double height = lineHeight * lines.size();
				Rectangle2D best = null;
				double bestDistance = 0;
				double leastOverlap = Double.MAX_VALUE;
				for (double distance : DISTANCES) {
					for (double[] place : PLACES) {
						Rectangle2D candidate = new Rectangle2D.Double(spot.x() + place[0] * distance + place[2] * width,
								spot.y() + place[1] * distance + place[3] * height, width, height);
						double overlap = overlap(candidate, taken, room) + (POINT_WEIGHT - 1) * covered(candidate, marks)
								+ (LABEL_WEIGHT - 1) * covered(candidate, labels)
								+ crossings(candidate, leaders, taken, spot, distance > DISTANCES[0]);
						if (overlap < leastOverlap) {
							leastOverlap = overlap;
							best = candidate;
							bestDistance = distance;
						}
					}
					if (leastOverlap == 0) {
						break;
					}
				}
				taken.add(best);
				labels.add(best);
				if (bestDistance > DISTANCES[0]) {
					Line2D leader = leader(spot, best);
					leaders.add(leader);
					g2.setPaint(LEADER);
					g2.setStroke(new BasicStroke(0.4f));
					g2.draw(leader);
				}
				g2.setPaint(PdfFonts.TEXT);
				for (int line = 0; line < lines.size(); line++) {
					g2.drawString(lines.get(line), (float) best.getX(),
							(float) (best.getY() + line * lineHeight + metrics.getAscent()));
				}
			}
			g2.setClip(clip);
		}

		/**
		 * "Hybrid" for a matrix of two roles; with more, one in the shaded corner may fall short for a role not shown.
		 */
		private String cornerText() {
			return FitScatter.this.roles == 2 ? HYBRID : "Both ≥ " + FitScatter.this.threshold.toPlainString();
		}

		/**
		 * Writes {@link #cornerText()} in whichever inner corner of the shaded corner overlaps the fewest points, and returns
		 * where.
		 */
		private Rectangle2D cornerLabel(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
				ValueAxis rangeAxis, List<Rectangle2D> marks) {
			g2.setFont(ChartStyle.LABEL_FONT);
			FontMetrics metrics = g2.getFontMetrics();
			double at = FitScatter.this.threshold.doubleValue();
			double left = domainAxis.valueToJava2D(at, dataArea, plot.getDomainAxisEdge()) + 3;
			double right = domainAxis.valueToJava2D(100 + AXIS_MARGIN, dataArea, plot.getDomainAxisEdge()) - 3;
			double top = rangeAxis.valueToJava2D(100 + AXIS_MARGIN, dataArea, plot.getRangeAxisEdge()) + 2;
			double bottom = rangeAxis.valueToJava2D(at, dataArea, plot.getRangeAxisEdge()) - 2;
			String label = cornerText();
			double width = metrics.stringWidth(label);
			double height = metrics.getAscent() + metrics.getDescent();
			Rectangle2D best = null;
			double leastOverlap = Double.MAX_VALUE;
			for (double[] corner : new double[][] { { right - width, top }, { left, top },
					{ right - width, bottom - height }, { left, bottom - height } }) {
				Rectangle2D candidate = new Rectangle2D.Double(corner[0], corner[1], width, height);
				double overlap = overlap(candidate, marks, dataArea);
				if (overlap < leastOverlap) {
					leastOverlap = overlap;
					best = candidate;
				}
			}
			g2.setPaint(HYBRID_POINT);
			g2.drawString(label, (float) best.getX(), (float) (best.getY() + metrics.getAscent()));
			return best;
		}

		/** The names of the people at one point, separated by commas, wrapped between names when a line gets long. */
		private static List<String> lines(List<String> names, FontMetrics metrics) {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < names.size(); i++) {
				String name = names.get(i) + (i < names.size() - 1 ? "," : "");
				if (!line.isEmpty() && metrics.stringWidth(line + " " + name) > LINE_WIDTH) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(line.isEmpty() ? "" : " ").append(name);
			}
			lines.add(line.toString());
			return lines;
		}

		/** A line from a point to the nearest edge of its label, stopping short of both. */
		private static Line2D leader(Spot spot, Rectangle2D label) {
			double x = Math.clamp(spot.x(), label.getMinX(), label.getMaxX());
			double y = Math.clamp(spot.y(), label.getMinY(), label.getMaxY());
			double length = Math.max(Math.hypot(x - spot.x(), y - spot.y()), 5);
			double fromPoint = 4 / length;
			double fromLabel = 1 / length;
			return new Line2D.Double(spot.x() + (x - spot.x()) * fromPoint, spot.y() + (y - spot.y()) * fromPoint,
					x - (x - spot.x()) * fromLabel, y - (y - spot.y()) * fromLabel);
		}

		/**
		 * A penalty, in the units of {@link #overlap}, for a label's place that crosses a leader line already drawn,
		 * or whose own leader line would cross a label or point other than its own.
		 */
		private static double crossings(Rectangle2D candidate, List<Line2D> leaders, List<Rectangle2D> taken,
				Spot spot, boolean led) {
			double penalty = 0;
			double unit = candidate.getWidth() * candidate.getHeight() / 2;
			for (Line2D leader : leaders) {
				if (leader.intersects(candidate)) {
					penalty += unit;
				}
			}
			if (led) {
				Line2D own = leader(spot, candidate);
				for (Rectangle2D other : taken) {
					if (!other.contains(spot.x(), spot.y()) && own.intersects(other)) {
						penalty += unit;
					}
				}
			}
			return penalty;
		}

		/** How much of a label's place other labels and points cover, and how much lies outside the room for it. */
		private static double overlap(Rectangle2D candidate, List<Rectangle2D> taken, Rectangle2D room) {
			Rectangle2D inside = candidate.createIntersection(room);
			double outside = candidate.getWidth() * candidate.getHeight()
					- (inside.isEmpty() ? 0 : inside.getWidth() * inside.getHeight());
			return covered(candidate, taken) + outside;
		}

		/** How much of a label's place the given places cover, summed. */
		private static double covered(Rectangle2D candidate, List<Rectangle2D> places) {
			double covered = 0;
			for (Rectangle2D other : places) {
				Rectangle2D common = candidate.createIntersection(other);
				if (!common.isEmpty()) {
					covered += common.getWidth() * common.getHeight();
				}
			}
			return covered;
		}

	}

}
