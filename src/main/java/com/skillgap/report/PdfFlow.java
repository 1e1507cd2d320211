package com.skillgap.report;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;

/** Adds a report's headings, notes and blocks to a PDF document, one after another, in the report's type styles. */
final class PdfFlow {

	private final Document document;

	private final PdfFonts fonts;

	PdfFlow(Document document, PdfFonts fonts) {
		this.document = document;
		this.fonts = fonts;
	}

	void startPage(Rectangle size) {
		this.document.setPageSize(size);
		this.document.newPage();
	}

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

	void add(Element element) {
		this.document.add(element);
	}

}
