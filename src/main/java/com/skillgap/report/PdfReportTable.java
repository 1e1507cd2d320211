package com.skillgap.report;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.PdfChunk;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Builds a table with the report's look: a shaded header that repeats on every page the table runs onto, thin grey
 * rules, numbers right-aligned under right-aligned headings, and rows never split across pages.
 */
final class PdfReportTable {

	private static final Color HEADER_FILL = new Color(0xE3, 0xE7, 0xEE);

	private static final Color GROUP_FILL = new Color(0xF3, 0xF4, 0xF6);

	private static final Color RULE = new Color(0xC5, 0xCA, 0xD1);

	/** Lets a line break only at a space, so "-26.8" is never split after its minus sign. */
	private static final SplitCharacter AT_SPACES = new DefaultSplitCharacter() {

		@Override
		public boolean isSplitCharacter(int start, int current, int end, char[] characters, PdfChunk[] chunks) {
			return getCurrentCharacter(current, characters, chunks) == ' ';
		}

	};

	/** Lets a file path wrap after a slash rather than in the middle of a name. */
	private static final SplitCharacter AFTER_SLASH = (start, current, end, characters, chunks) -> {
		char character = characters[current];
		return character == '/' || character == '\\'
				|| DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, characters, chunks);
	};

	/** Line distance within a list cell, in points. */
	private static final float LIST_LEADING = 10.5f;

	private final PdfFonts fonts;

	private final PdfPTable table;

	private final Set<Integer> numericColumns;

	private int column;

	PdfReportTable(PdfFonts fonts, float[] relativeWidths, int... numericColumns) {
		this.fonts = fonts;
		this.table = new PdfPTable(relativeWidths);
		this.table.setWidthPercentage(100);
		this.table.setSpacingBefore(6);
		this.table.setSpacingAfter(12);
		this.table.setSplitLate(true);
		this.numericColumns = IntStream.of(numericColumns).boxed().collect(Collectors.toUnmodifiableSet());
	}

	/** Relative column widths from a list. */
	static float[] widths(List<Float> values) {
		float[] widths = new float[values.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = values.get(i);
		}
		return widths;
	}

	/** A row of column headings; it repeats at the top of each page. Add headings before any body row. */
	PdfReportTable headings(String... headings) {
		for (String heading : headings) {
			add(heading, this.fonts.cellBold, HEADER_FILL);
		}
		this.table.setHeaderRows(this.table.getHeaderRows() + 1);
		return this;
	}

	/** A heading across the whole width (e.g. a person's name) that repeats with the column headings. */
	PdfReportTable caption(String text) {
		spanning(text, this.fonts.subheading, HEADER_FILL);
		this.table.setHeaderRows(this.table.getHeaderRows() + 1);
		return this;
	}

	/** A body row across the whole width that introduces the rows below it, e.g. an area. */
	PdfReportTable group(String text) {
		spanning(text, this.fonts.cellBold, GROUP_FILL);
		return this;
	}

	/** A body row across the whole width with a remark, e.g. that there is nothing to list. */
	PdfReportTable remark(String text) {
		spanning(text, this.fonts.cellMuted, null);
		return this;
	}

	PdfReportTable text(String text) {
		add(text, this.fonts.cell, null);
		return this;
	}

	/** Figures such as {@code 53.7 → 26.9 (-26.8)}: a line may break at a space, never inside a signed number. */
	PdfReportTable figures(String text) {
		Chunk chunk = new Chunk(text, this.fonts.cell);
		chunk.setSplitCharacter(AT_SPACES);
		add(new Phrase(chunk), null);
		return this;
	}

	/** A place in a file, e.g. {@code input/teams/platform.xlsx Skills!D7}, which may wrap at its slashes. */
	PdfReportTable location(String text) {
		Chunk chunk = new Chunk(text, this.fonts.cell);
		chunk.setSplitCharacter(AFTER_SLASH);
		add(new Phrase(chunk), null);
		return this;
	}

	/** Lines as a bulleted list in one cell, set closer than paragraphs so a long list stays compact. */
	PdfReportTable bullets(List<String> lines) {
		if (lines.isEmpty()) {
			return absent("—");
		}
		Phrase list = new Phrase(LIST_LEADING, "", this.fonts.cell);
		for (int i = 0; i < lines.size(); i++) {
			list.add(new Chunk((i == 0 ? "• " : "\n• ") + lines.get(i), this.fonts.cell));
		}
		add(list, null);
		return this;
	}

	/** Text that stands for a missing value, e.g. "not assessed", shown in grey so it is not read as a number. */
	PdfReportTable absent(String text) {
		add(text, this.fonts.cellMuted, null);
		return this;
	}

	PdfReportTable filled(String text, Color fill) {
		add(text, this.fonts.cell, fill);
		return this;
	}

	/** Keeps the whole table on one page when it fits on one. */
	PdfReportTable keptTogether() {
		this.table.setKeepTogether(true);
		return this;
	}

	PdfPTable table() {
		return this.table;
	}

	private void add(String text, Font font, Color fill) {
		add(new Phrase(text, font), fill);
	}

	private void add(Phrase content, Color fill) {
		PdfPCell cell = cell(content, fill);
		if (this.numericColumns.contains(this.column)) {
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		}
		this.table.addCell(cell);
		this.column = (this.column + 1) % this.table.getNumberOfColumns();
	}

	private void spanning(String text, Font font, Color fill) {
		if (this.column != 0) {
			throw new IllegalStateException("the previous row is not complete");
		}
		PdfPCell cell = cell(new Phrase(text, font), fill);
		cell.setColspan(this.table.getNumberOfColumns());
		this.table.addCell(cell);
	}

	private static PdfPCell cell(Phrase content, Color fill) {
		PdfPCell cell = new PdfPCell(content);
		cell.setBorderColor(RULE);
		cell.setBorderWidth(0.5f);
		cell.setPaddingTop(3);
		cell.setPaddingBottom(5);
		cell.setPaddingLeft(4);
		cell.setPaddingRight(4);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		if (fill != null) {
			cell.setBackgroundColor(fill);
		}
		return cell;
	}

}
