package com.skillgap.report;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Adds a report's headings, notes and blocks to a PDF document, one after another, in the report's type styles, and
 * bookmarks each section and each person's table in the {@link ReportOutline}.
 */
final class PdfFlow {

	private final Document document;

	private final PdfFonts fonts;

	private final ReportOutline outline;

	PdfFlow(Document document, PdfFonts fonts, ReportOutline outline) {
		this.document = document;
		this.fonts = fonts;
		this.outline = outline;
	}

	void startPage(Rectangle size) {
		this.document.setPageSize(size);
		this.document.newPage();
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
