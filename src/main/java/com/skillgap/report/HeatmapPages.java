package com.skillgap.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPTableEvent;

import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;
import com.skillgap.matrix.ScaleLevel;

/**
 * The heatmap pages of a team PDF, on A4 landscape: one row per member, one column per responsibility in matrix
 * order, each assessed level as its number on a fill from light (0) to strong (the highest level), in the colours of
 * the workbook's {@code Heatmap} sheet ({@link LevelColours}). A level nobody assessed is a white, hatched cell with
 * a grey {@code n/a}, never a 0. Above the members: the legend of the scale, the areas over their responsibilities,
 * the responsibility names turned upright, and the level each role requires. Up to 30 members and 28
 * responsibilities share one page; a bigger team or matrix is cut into pages by {@link HeatmapLayout}, each with the
 * same header rows and legend and a caption saying which members and responsibilities it shows.
 * <p>
 * The heatmap starts on a page of its own, with less room above and below the table than other pages, and ends on
 * its last page.
 */
final class HeatmapPages {

	static final String NOT_ASSESSED = "n/a";

	private static final Color HEADER_FILL = new Color(0xE3, 0xE7, 0xEE);

	private static final Color REQUIRED_FILL = new Color(0xF3, 0xF4, 0xF6);

	private static final Color RULE = new Color(0xC5, 0xCA, 0xD1);

	/** The line between two areas, darker than the rules so the groups stand apart. */
	private static final Color AREA_RULE = new Color(0x6B, 0x72, 0x80);

	private static final Color HATCH = new Color(0xCF, 0xD3, 0xD8);

	/** The most the level columns take, so a small matrix does not spread a few numbers over the whole page. */
	private static final float LEVEL_COLUMN_MAX = 30;

	private static final float NAME_COLUMN_MIN = 110;

	private static final float NAME_COLUMN_MAX = 220;

	private static final String ELLIPSIS = "…";

	private static final float CELL_PADDING = 2;

	/** The margins above and below the text on a heatmap page: room for 30 members and wrapped names. */
	private static final float TOP_MARGIN = 46;

	private static final float BOTTOM_MARGIN = 42;

	/** The height of a member row with a one-line name. */
	private static final float ROW_HEIGHT = 10;

	private static final float LEVEL_SIZE = 7;

	private static final float NAME_SIZE = 7.5f;

	private static final float HEADER_SIZE = 7;

	/** The line spacing of the upright names, as a multiple of their size. */
	private static final float NAMES_LEADING = 1.1f;

	/** The height up to which the upright names stay on one line, or on as few lines as possible. */
	private static final float NAMES_HEIGHT = 96;

	/** The room below and above an upright name. */
	private static final float NAMES_PADDING = 3;

	/** The padding either side of an upright name: the few points a second line needs. */
	private static final float ROTATED_PADDING = 1.5f;

	private static final PdfPCellEvent HATCHED = HeatmapPages::hatch;

	private final Matrix matrix;

	private final TeamAnalysis analysis;

	private final PdfFonts fonts;

	private final PdfFlow flow;

	private final float pageWidth;

	private final int highest;

	private final List<Font> levelFonts = new ArrayList<>();

	private final Font notAssessedFont;

	private final Font nameFont;

	private final Font headerFont;

	private final Font headerBoldFont;

	private final Font legendFont;

	HeatmapPages(Matrix matrix, TeamAnalysis analysis, PdfFonts fonts, PdfFlow flow) {
		this.matrix = matrix;
		this.analysis = analysis;
		this.fonts = fonts;
		this.flow = flow;
		Rectangle landscape = PageSize.A4.rotate();
		this.pageWidth = landscape.getWidth() - flow.leftMargin() - flow.rightMargin();
		this.highest = matrix.scale().highest();
		for (int level = 0; level <= this.highest; level++) {
			this.levelFonts.add(font(fonts.cellBold, LEVEL_SIZE, LevelColours.text(level, this.highest)));
		}
		this.notAssessedFont = font(fonts.cellMuted, 6.5f, PdfFonts.MUTED);
		this.nameFont = font(fonts.cell, NAME_SIZE, PdfFonts.TEXT);
		this.headerFont = font(fonts.cell, HEADER_SIZE, PdfFonts.TEXT);
		this.headerBoldFont = font(fonts.cellBold, HEADER_SIZE, PdfFonts.TEXT);
		this.legendFont = font(fonts.cell, HEADER_SIZE, PdfFonts.TEXT);
	}

	void write() {
		startPage();
		this.flow.section("Heatmap");
		List<MemberAnalysis> members = this.analysis.members();
		if (members.isEmpty()) {
			this.flow.note("Nobody was counted in this team.");
			return;
		}
		this.flow.note("Each member's assessed level per responsibility, the areas in matrix order. Under the names: "
				+ "the level each role requires (blank: not part of the role). " + NOT_ASSESSED
				+ ": not assessed, which is not the same as 0.");
		List<Responsibility> responsibilities = this.matrix.responsibilities();
		HeatmapLayout layout = HeatmapLayout.of(members.size(),
				responsibilities.stream().map(Responsibility::area).toList(), membersPerPage(),
				HeatmapLayout.RESPONSIBILITIES_PER_PAGE);
		boolean first = true;
		for (HeatmapLayout.Page page : layout.pages()) {
			if (!first) {
				startPage();
			}
			first = false;
			PdfPTable table = table(page.members().of(members), page.responsibilities().of(responsibilities));
			if (layout.split()) {
				Paragraph caption = new Paragraph(layout.caption(page), this.fonts.subheading);
				caption.setSpacingAfter(2);
				this.flow.add(caption);
				this.flow.entry(table, layout.caption(page));
			}
			else {
				this.flow.add(table);
			}
		}
	}

	/** A landscape page whose text starts closer to the running header and ends closer to the page number. */
	private void startPage() {
		this.flow.startPage(PageSize.A4.rotate(), TOP_MARGIN, BOTTOM_MARGIN);
	}

	/** Each role past the first two adds a header row, which takes the room of a member. */
	private int membersPerPage() {
		return Math.max(10, HeatmapLayout.MEMBERS_PER_PAGE - Math.max(0, this.matrix.roles().size() - 2));
	}

	private PdfPTable table(List<MemberAnalysis> members, List<Responsibility> responsibilities) {
		int count = responsibilities.size();
		float legendWidth = legendWidth();
		// the whole team's longest name, so the columns line up on every page of the same responsibilities
		float nameWidth = Math.clamp(longestName(this.analysis.members()) + 2 * CELL_PADDING + 1, NAME_COLUMN_MIN,
				NAME_COLUMN_MAX);
		float levelWidth = Math.min(LEVEL_COLUMN_MAX, (this.pageWidth - nameWidth) / count);
		// a narrow table is widened to hold the legend on one line, the name column taking the room
		nameWidth = Math.max(nameWidth, Math.min(this.pageWidth, legendWidth) - levelWidth * count);
		float[] widths = new float[count + 1];
		widths[0] = nameWidth;
		for (int i = 1; i <= count; i++) {
			widths[i] = levelWidth;
		}
		PdfPTable table = new PdfPTable(widths.length);
		try {
			table.setTotalWidth(widths);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		table.setLockedWidth(true);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		table.setSpacingBefore(4);
		table.setSplitLate(true);
		table.setSplitRows(false);

		legend(table, nameWidth + levelWidth * count);
		areas(table, responsibilities);
		names(table, responsibilities, levelWidth);
		for (Role role : this.matrix.roles()) {
			required(table, role, responsibilities);
		}
		table.setHeaderRows(table.size());
		table.setTableEvent(new AreaRules(areaEdges(responsibilities)));
		for (MemberAnalysis member : members) {
			// one line per member, so a page holds the members its caption says; the full name is on their own page
			String shown = oneLine(member.person().name(), this.nameFont, nameWidth - 2 * CELL_PADDING - 1);
			PdfPCell name = cell(new Phrase(shown, this.nameFont), null);
			name.setNoWrap(true);
			name.setMinimumHeight(ROW_HEIGHT);
			name.setBorderColor(RULE);
			table.addCell(name);
			for (int i = 0; i < count; i++) {
				Responsibility responsibility = responsibilities.get(i);
				Integer level = member.person().levels().get(responsibility.id());
				table.addCell(levelCell(level));
			}
		}
		return table;
	}

	/** The legend: each level of the scale as its number on its fill, with its name, and the not-assessed cell. */
	private void legend(PdfPTable table, float width) {
		List<Float> widths = new ArrayList<>();
		List<PdfPCell> cells = new ArrayList<>();
		PdfPCell label = plain(new Phrase("Levels:", this.headerBoldFont));
		cells.add(label);
		widths.add(textWidth("Levels:", this.headerBoldFont) + 6);
		for (ScaleLevel level : this.matrix.scale().levels()) {
			cells.add(levelCell(level.level()));
			widths.add(swatchWidth());
			cells.add(plain(new Phrase(level.name(), this.legendFont)));
			widths.add(textWidth(level.name(), this.legendFont) + 10);
		}
		cells.add(levelCell(null));
		widths.add(swatchWidth());
		cells.add(plain(new Phrase("not assessed", this.legendFont)));
		widths.add(textWidth("not assessed", this.legendFont) + 10);
		float used = (float) widths.stream().mapToDouble(Float::doubleValue).sum();
		if (used < width) {
			cells.add(plain(new Phrase("")));
			widths.add(width - used);
		}
		PdfPTable legend = new PdfPTable(PdfReportTable.widths(widths));
		cells.forEach(legend::addCell);
		PdfPCell row = new PdfPCell(legend);
		row.setBorder(Rectangle.NO_BORDER);
		row.setColspan(table.getNumberOfColumns());
		row.setPaddingBottom(4);
		table.addCell(row);
	}

	private float legendWidth() {
		float width = textWidth("Levels:", this.headerBoldFont) + 6;
		for (ScaleLevel level : this.matrix.scale().levels()) {
			width += swatchWidth() + textWidth(level.name(), this.legendFont) + 10;
		}
		return width + swatchWidth() + textWidth("not assessed", this.legendFont) + 10;
	}

	private float swatchWidth() {
		return Math.max(16, textWidth(NOT_ASSESSED, this.notAssessedFont) + 2 * CELL_PADDING + 2);
	}

	/** The area row: each area's name over its run of adjacent columns. */
	private void areas(PdfPTable table, List<Responsibility> responsibilities) {
		PdfPCell label = cell(new Phrase("Area", this.headerBoldFont), HEADER_FILL);
		label.setBorderColor(RULE);
		table.addCell(label);
		float levelWidth = table.getAbsoluteWidths()[1];
		int start = 0;
		while (start < responsibilities.size()) {
			String area = responsibilities.get(start).area();
			int end = start + 1;
			while (end < responsibilities.size() && Objects.equals(area, responsibilities.get(end).area())) {
				end++;
			}
			// a point to spare, so rounding and borders never push the last letter onto a line of its own
			float span = (end - start) * levelWidth - 2 * CELL_PADDING - 1;
			PdfPCell cell = cell(new Phrase(area, areaFont(area, span)), HEADER_FILL);
			cell.setColspan(end - start);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setBorderColor(RULE);
			table.addCell(cell);
			start = end;
		}
	}

	/** The area's name in the header type, smaller when its longest word would not fit the columns it spans. */
	private Font areaFont(String area, float span) {
		float longestWord = 0;
		for (String word : area.split("\\s+")) {
			longestWord = Math.max(longestWord, textWidth(word, this.headerBoldFont));
		}
		if (longestWord <= span) {
			return this.headerBoldFont;
		}
		return font(this.headerBoldFont, Math.max(5, HEADER_SIZE * span / longestWord), PdfFonts.TEXT);
	}

	/** The responsibility names, turned upright and read from the bottom. */
	private void names(PdfPTable table, List<Responsibility> responsibilities, float levelWidth) {
		float height = namesHeight(responsibilities, levelWidth);
		PdfPCell label = cell(new Phrase("Name", this.headerBoldFont), HEADER_FILL);
		label.setVerticalAlignment(Element.ALIGN_BOTTOM);
		label.setBorderColor(RULE);
		table.addCell(label);
		for (int i = 0; i < responsibilities.size(); i++) {
			PdfPCell cell = cell(new Phrase(responsibilities.get(i).name(), this.headerFont), HEADER_FILL);
			cell.setRotation(90);
			cell.setFixedHeight(height);
			cell.setLeading(0, NAMES_LEADING);
			cell.setPaddingLeft(ROTATED_PADDING);
			cell.setPaddingRight(ROTATED_PADDING);
			cell.setPaddingTop(NAMES_PADDING);
			cell.setPaddingBottom(NAMES_PADDING);
			cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			cell.setHorizontalAlignment(Element.ALIGN_LEFT);
			cell.setBorderColor(RULE);
			table.addCell(cell);
		}
	}

	/**
	 * The height of the upright names: each name on one line when the longest fits {@value #NAMES_HEIGHT}
	 * points, else wrapped at its spaces onto as few lines as keep the row that low, or, in columns too narrow for
	 * that, onto as many lines as the column is wide for. Nothing is cut off: the row is as high as the longest
	 * line needs.
	 */
	private float namesHeight(List<Responsibility> responsibilities, float levelWidth) {
		int widest = Math.max(1, (int) ((levelWidth - 2 * ROTATED_PADDING) / (HEADER_SIZE * NAMES_LEADING)));
		float length = 0;
		for (int lines = 1; lines <= widest; lines++) {
			length = shortestLine(responsibilities, lines);
			if (length <= NAMES_HEIGHT) {
				break;
			}
		}
		// a few points more than the longest line measures, so no name runs into the rule above it
		return length + 2 * NAMES_PADDING + 4;
	}

	/** The shortest line length that lets every name wrap onto at most the given number of lines. */
	private float shortestLine(List<Responsibility> responsibilities, int lines) {
		float longest = 0;
		for (Responsibility responsibility : responsibilities) {
			longest = Math.max(longest, textWidth(responsibility.name(), this.headerFont));
		}
		float length = 20;
		while (length < longest && !fit(responsibilities, length, lines)) {
			length += 1;
		}
		return Math.min(length, longest);
	}

	private boolean fit(List<Responsibility> responsibilities, float length, int lines) {
		for (Responsibility responsibility : responsibilities) {
			if (lineCount(responsibility.name(), length) > lines) {
				return false;
			}
		}
		return true;
	}

	/** How many lines a text takes wrapped at its spaces onto lines of the given length. */
	private int lineCount(String text, float length) {
		int lines = 1;
		float line = 0;
		float space = textWidth(" ", this.headerFont);
		for (String word : text.split(" ")) {
			float width = textWidth(word, this.headerFont);
			if (line > 0 && line + space + width > length) {
				lines++;
				line = width;
			}
			else {
				line += (line > 0 ? space : 0) + width;
			}
			if (width > length) {
				return Integer.MAX_VALUE;
			}
		}
		return lines;
	}

	private void required(PdfPTable table, Role role, List<Responsibility> responsibilities) {
		PdfPCell label = cell(new Phrase("Required: " + role.name(), this.headerBoldFont), REQUIRED_FILL);
		label.setBorderColor(RULE);
		table.addCell(label);
		for (int i = 0; i < responsibilities.size(); i++) {
			Responsibility responsibility = responsibilities.get(i);
			String text = responsibility.isRequiredBy(role.id())
					? String.valueOf(responsibility.requiredBy(role.id())) : "";
			PdfPCell cell = cell(new Phrase(text, this.headerBoldFont), REQUIRED_FILL);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setBorderColor(RULE);
			table.addCell(cell);
		}
	}

	/** A level as its number on its fill; {@code null}, not assessed, as a hatched white cell with a grey "n/a". */
	private PdfPCell levelCell(Integer level) {
		PdfPCell cell;
		if (level == null) {
			cell = cell(new Phrase(NOT_ASSESSED, this.notAssessedFont), Color.WHITE);
			cell.setCellEvent(HATCHED);
		}
		else {
			// the import accepts only levels of the scale; anything else would take the colour of the nearest
			cell = cell(new Phrase(String.valueOf(level), this.levelFonts.get(Math.clamp(level, 0, this.highest))),
					LevelColours.fill(level, this.highest));
		}
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setMinimumHeight(ROW_HEIGHT);
		cell.setBorderColor(Color.WHITE);
		cell.setBorderWidth(0.75f);
		return cell;
	}

	/**
	 * The columns where an area starts, counting the name column as 0, and the column past the last: the area
	 * rules are drawn left of each.
	 */
	private static int[] areaEdges(List<Responsibility> responsibilities) {
		List<Integer> edges = new ArrayList<>();
		for (int i = 0; i < responsibilities.size(); i++) {
			if (i == 0 || !Objects.equals(responsibilities.get(i).area(), responsibilities.get(i - 1).area())) {
				edges.add(i + 1);
			}
		}
		edges.add(responsibilities.size() + 1);
		return edges.stream().mapToInt(Integer::intValue).toArray();
	}

	private static PdfPCell cell(Phrase phrase, Color fill) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setPaddingTop(0.5f);
		cell.setPaddingBottom(2.5f);
		cell.setPaddingLeft(CELL_PADDING);
		cell.setPaddingRight(CELL_PADDING);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setBorderWidth(0.5f);
		if (fill != null) {
			cell.setBackgroundColor(fill);
		}
		return cell;
	}

	private static PdfPCell plain(Phrase phrase) {
		PdfPCell cell = cell(phrase, null);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingLeft(3);
		return cell;
	}

	/** Thin grey diagonals over the not-assessed cell, so it reads as "no value" even printed in grey. */
	private static void hatch(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
		PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
		float inset = 0.75f;
		float left = position.getLeft() + inset;
		float right = position.getRight() - inset;
		float bottom = position.getBottom() + inset;
		float top = position.getTop() - inset;
		canvas.saveState();
		canvas.rectangle(left, bottom, right - left, top - bottom);
		canvas.clip();
		canvas.newPath();
		canvas.setColorStroke(HATCH);
		canvas.setLineWidth(0.5f);
		float height = top - bottom;
		for (float x = left - height; x < right; x += 3.5f) {
			canvas.moveTo(x, bottom);
			canvas.lineTo(x + height, top);
		}
		canvas.stroke();
		canvas.restoreState();
	}

	private float longestName(List<MemberAnalysis> members) {
		float longest = 0;
		for (MemberAnalysis member : members) {
			longest = Math.max(longest, textWidth(member.person().name(), this.nameFont));
		}
		for (Role role : this.matrix.roles()) {
			longest = Math.max(longest, textWidth("Required: " + role.name(), this.headerBoldFont));
		}
		return longest;
	}

	/** The text, or as much of its start as fits the width followed by "…". */
	static String oneLine(String text, Font font, float width) {
		if (textWidth(text, font) <= width) {
			return text;
		}
		int end = text.length();
		while (end > 0 && textWidth(text.substring(0, end).stripTrailing() + ELLIPSIS, font) > width) {
			end = text.offsetByCodePoints(end, -1);
		}
		return text.substring(0, end).stripTrailing() + ELLIPSIS;
	}

	private static float textWidth(String text, Font font) {
		return font.getBaseFont().getWidthPoint(text, font.getSize());
	}

	private static Font font(Font base, float size, Color colour) {
		Font font = new Font(base);
		font.setSize(size);
		font.setColor(colour);
		return font;
	}

	/**
	 * Darker lines down the table, from the area row to the last member, left of the first column of each area and
	 * right of the last: the areas read as groups over the whole page. Drawn over the cells, so no cell border
	 * interrupts them.
	 */
	private record AreaRules(int[] edges) implements PdfPTableEvent {

		@Override
		public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
				PdfContentByte[] canvases) {
			// the first row is the legend; the last row has a cell in every column
			float[] columns = widths[widths.length - 1];
			PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
			canvas.saveState();
			canvas.setColorStroke(AREA_RULE);
			canvas.setLineWidth(1);
			for (int edge : this.edges) {
				if (edge < columns.length) {
					canvas.moveTo(columns[edge], heights[1]);
					canvas.lineTo(columns[edge], heights[heights.length - 1]);
				}
			}
			canvas.stroke();
			canvas.restoreState();
		}

	}

}
