package com.skillgap.report;

import java.util.HashMap;
import java.util.Map;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPTableEvent;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report's bookmarks (the PDF outline): one per section at the top level, in reading order, and under a section
 * one per table it shows for a person.
 * <p>
 * A bookmark is made when its heading or table is drawn, not when it is added to the document, so it points at the
 * page and height where the text ended up, after any page break a kept-together table forced. Register it as a page
 * event of the writer; one instance serves one document.
 */
final class ReportOutline extends PdfPageEventHelper {

	/** Room above the bookmarked text, so a viewer that jumps to it does not cut its top off. */
	private static final float MARGIN_ABOVE = 6;

	/** Section titles by the generic tag of the heading that starts the section, until the heading is drawn. */
	private final Map<String, String> pendingSections = new HashMap<>();

	/** Titles of bookmarks under the current section, by the generic tag of their heading, until it is drawn. */
	private final Map<String, String> pendingEntries = new HashMap<>();

	/** Numbers the generic tags, so each bookmarked text has its own. */
	private int tagsMade;

	private PdfOutline section;

	/** Text that starts a section: drawing it adds a top-level bookmark with the given title. */
	Chunk section(String text, Font font, String bookmark) {
		return tagged(text, font, bookmark, this.pendingSections);
	}

	/** Text that starts a part of a section, e.g. a person's page: drawing it adds a bookmark under the section. */
	Chunk entry(String text, Font font, String bookmark) {
		return tagged(text, font, bookmark, this.pendingEntries);
	}

	private Chunk tagged(String text, Font font, String bookmark, Map<String, String> pending) {
		String tag = "bookmark-" + (++this.tagsMade);
		pending.put(tag, bookmark);
		Chunk chunk = new Chunk(text, font);
		chunk.setGenericTag(tag);
		return chunk;
	}

	/** Drawing the table, where it starts, adds a bookmark with the given title under the current section. */
	void entry(PdfPTable table, String bookmark) {
		table.setTableEvent(new PdfPTableEvent() {

			private boolean marked;

			@Override
			public void tableLayout(PdfPTable drawn, float[][] widths, float[] heights, int headerRows, int rowStart,
					PdfContentByte[] canvases) {
				// a table that runs onto further pages is laid out once per page; only its start is bookmarked
				if (!this.marked) {
					this.marked = true;
					PdfWriter writer = canvases[0].getPdfWriter();
					new PdfOutline(parent(writer), destination(heights[0]), bookmark, false);
				}
			}

		});
	}

	@Override
	public void onGenericTag(PdfWriter writer, Document document, Rectangle text, String tag) {
		String bookmark = this.pendingSections.remove(tag);
		if (bookmark != null) {
			sectionAtTop(writer, bookmark, text.getTop());
		}
		String entry = this.pendingEntries.remove(tag);
		if (entry != null) {
			new PdfOutline(parent(writer), destination(text.getTop()), entry, false);
		}
	}

	/** A section that starts at {@code top} of the page now begun: at its heading, or atop pages copied in. */
	void sectionAtTop(PdfWriter writer, String bookmark, float top) {
		this.section = new PdfOutline(writer.getRootOutline(), destination(top), bookmark, true);
	}

	/** The bookmark new entries go under: the current section's, or the root before the first section. */
	private PdfOutline parent(PdfWriter writer) {
		return (this.section != null) ? this.section : writer.getRootOutline();
	}

	private static PdfDestination destination(float top) {
		return new PdfDestination(PdfDestination.FITH, top + MARGIN_ABOVE);
	}

}
