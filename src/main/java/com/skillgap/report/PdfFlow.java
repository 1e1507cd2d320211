package com.skillgap.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BiConsumer;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Image;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Adds a report's headings, notes and blocks to a PDF document, one after another, in the report's type styles, and
 * bookmarks each section and each person's table in the {@link ReportOutline}.
 */
final class PdfFlow {

	private final Document document;

	private final PdfWriter writer;

	private final PdfFonts fonts;

	private final ReportOutline outline;

	private final float topMargin;

	private final float bottomMargin;

	PdfFlow(Document document, PdfWriter writer, PdfFonts fonts, ReportOutline outline) {
		this.document = document;
		this.writer = writer;
		this.fonts = fonts;
		this.outline = outline;
		this.topMargin = document.topMargin();
		this.bottomMargin = document.bottomMargin();
	}

	/**
	 * A drawing (a chart) as vectors, the full width of the text; its words are text in the report's embedded fonts.
	 */
	void vectorDrawing(float height, BiConsumer<Graphics2D, Rectangle2D> drawing) {
		float width = this.document.right() - this.document.left();
		PdfTemplate template = this.writer.getDirectContent().createTemplate(width, height);
		Graphics2D graphics = template.createGraphics(width, height, this.fonts.chartFonts());
		try {
			drawing.accept(graphics, new Rectangle2D.Float(0, 0, width, height));
		}
		finally {
			graphics.dispose();
		}
		try {
			Image image = Image.getInstance(template);
			image.setSpacingAfter(6);
			add(image);
		}
		catch (BadElementException ex) {
			throw new ExceptionConverter(ex);
		}
	}

	/** Points of height left on the current page below what was added so far. */
	float remainingHeight() {
		return this.writer.getVerticalPosition(true) - this.document.bottom();
	}

	float leftMargin() {
		return this.document.leftMargin();
	}

	float rightMargin() {
		return this.document.rightMargin();
	}

	/** Starts a page of the given size with the document's usual margins. */
	void startPage(Rectangle size) {
		startPage(size, this.topMargin, this.bottomMargin);
	}

	/**
	 * Starts a page with other margins above and below the text, e.g. less room for a table that is meant to fill
	 * one page; the running header and page number stay where they are. The next page started with
	 * {@link #startPage(Rectangle)} has the usual margins again.
	 */
	void startPage(Rectangle size, float top, float bottom) {
		this.document.setPageSize(size);
		this.document.setMargins(this.document.leftMargin(), this.document.rightMargin(), top, bottom);
		this.document.newPage();
	}

	/**
	 * Places a copy of each page of {@code pages}, a PDF of this report's page size and margins, on an A4 page of
	 * its own after what was added so far; the first starts a section with a bookmark of the given title.
	 */
	void copiedPages(PdfReader pages, String bookmark) {
		for (int page = 1; page <= pages.getNumberOfPages(); page++) {
			startPage(PageSize.A4);
			if (page == 1) {
				this.outline.sectionAtTop(this.writer, bookmark, this.document.getPageSize().getTop() - this.topMargin);
			}
			this.writer.getDirectContent().addTemplate(this.writer.getImportedPage(pages, page), 0, 0);
			this.writer.setPageEmpty(false);
		}
	}

	/** A heading that starts a section; the outline has a bookmark of the same title to it. */
	void section(String text) {
		Paragraph heading = new Paragraph(this.outline.section(text, this.fonts.heading, text));
		heading.setSpacingBefore(8);
		heading.setSpacingAfter(4);
		add(heading);
	}

	/** A paragraph that starts a section under a bookmark of another title, e.g. the title page. */
	void section(String text, Font font, String bookmark) {
		add(new Paragraph(this.outline.section(text, font, bookmark)));
	}

	/** A heading that starts a part of the current section, e.g. a person's page, bookmarked under the section. */
	void entryHeading(String text, Font font, String bookmark) {
		Paragraph heading = new Paragraph(this.outline.entry(text, font, bookmark));
		heading.setSpacingAfter(2);
		add(heading);
	}

	/** A heading within a section; it has no bookmark of its own. */
	void heading(String text) {
		Paragraph heading = new Paragraph(text, this.fonts.heading);
		heading.setSpacingBefore(8);
		heading.setSpacingAfter(4);
		add(heading);
	}

	void subheading(String text) {
		Paragraph subheading = new Paragraph(text, this.fonts.subheading);
		subheading.setSpacingBefore(6);
		subheading.setSpacingAfter(3);
		add(subheading);
	}

	void note(String text) {
		Paragraph note = new Paragraph(text, this.fonts.note);
		note.setSpacingAfter(3);
		add(note);
	}

	void body(String text) {
		Paragraph body = new Paragraph(text, this.fonts.body);
		body.setSpacingAfter(4);
		add(body);
	}

	/** A table of one person's figures, with a bookmark to it under the current section. */
	void entry(PdfPTable table, String bookmark) {
		this.outline.entry(table, bookmark);
		add(table);
	}

	void add(Element element) {
		this.document.add(element);
	}

}
