package com.skillgap.report;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the running header (team · quarter) and the "Page n" footer on every page, portrait or landscape, so a
 * printed page that comes loose still says whose report it belongs to.
 */
final class PdfPageHeaderFooter extends PdfPageEventHelper {

	private static final float EDGE_DISTANCE = 28;

	private final String runningHeader;

	private final PdfFonts fonts;

	PdfPageHeaderFooter(String runningHeader, PdfFonts fonts) {
		this.runningHeader = runningHeader;
		this.fonts = fonts;
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		Rectangle page = document.getPageSize();
		PdfContentByte canvas = writer.getDirectContent();
		float top = page.getTop() - EDGE_DISTANCE;
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(this.runningHeader, this.fonts.pageMargin),
				document.left(), top, 0);
		canvas.saveState();
		canvas.setColorStroke(PdfFonts.MUTED);
		canvas.setLineWidth(0.4f);
		canvas.moveTo(document.left(), top - 4);
		canvas.lineTo(document.right(), top - 4);
		canvas.stroke();
		canvas.restoreState();
		ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
				new Phrase("Page " + writer.getPageNumber(), this.fonts.pageMargin),
				(document.left() + document.right()) / 2, page.getBottom() + EDGE_DISTANCE - 6, 0);
	}

}
