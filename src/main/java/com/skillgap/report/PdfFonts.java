package com.skillgap.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The fonts of one PDF report, all Liberation Sans embedded as Unicode ({@code Identity-H}).
 * <p>
 * The standard Helvetica of PDF has no ł, ğ, ı or Greek letters, and team members are called Wiśniewska, Yılmaz and
 * Παπαδόπουλος; Liberation Sans (from {@code openpdf-fonts-extra}) has them all. Parsing a TrueType file is the
 * expensive part, so the two {@link BaseFont}s are read once per thread and shared by every report that thread
 * writes: each document keeps its own record of the glyphs it used, but embedding its subset reads the font file
 * through the {@code BaseFont}, which two reports written at once on two threads must not share. The {@link Font}s
 * built on them are mutable, so each document gets its own.
 */
final class PdfFonts {

	private static final ThreadLocal<BaseFont> REGULAR = ThreadLocal
		.withInitial(() -> load("liberation/LiberationSans-Regular.ttf"));

	private static final ThreadLocal<BaseFont> BOLD = ThreadLocal
		.withInitial(() -> load("liberation/LiberationSans-Bold.ttf"));

	/** Only the charts' remarks are italic; read on a thread's first chart that has one. */
	private static final ThreadLocal<BaseFont> ITALIC = ThreadLocal
		.withInitial(() -> load("liberation/LiberationSans-Italic.ttf"));

	static final Color TEXT = new Color(0x22, 0x22, 0x22);

	static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);

	final Font reportLabel = new Font(REGULAR.get(), 11, Font.NORMAL, MUTED);

	final Font title = new Font(BOLD.get(), 22, Font.NORMAL, TEXT);

	final Font personName = new Font(BOLD.get(), 18, Font.NORMAL, TEXT);

	final Font heading = new Font(BOLD.get(), 14, Font.NORMAL, TEXT);

	final Font subheading = new Font(BOLD.get(), 10, Font.NORMAL, TEXT);

	final Font body = new Font(REGULAR.get(), 10, Font.NORMAL, TEXT);

	final Font note = new Font(REGULAR.get(), 8.5f, Font.NORMAL, MUTED);

	final Font cell = new Font(REGULAR.get(), 8.5f, Font.NORMAL, TEXT);

	final Font cellBold = new Font(BOLD.get(), 8.5f, Font.NORMAL, TEXT);

	final Font cellMuted = new Font(REGULAR.get(), 8.5f, Font.NORMAL, MUTED);

	final Font pageMargin = new Font(REGULAR.get(), 8, Font.NORMAL, MUTED);

	/**
	 * The fonts of this report for the text of its charts, which are drawn in the same Liberation Sans
	 * ({@link ChartStyle}): a chart's words are written as text in the embedded fonts, not as outlines, which would
	 * take many times the time and the bytes.
	 */
	FontMapper chartFonts() {
		return new FontMapper() {

			@Override
			public BaseFont awtToPdf(java.awt.Font font) {
				String name = font.getPSName();
				if (name.endsWith("-Bold")) {
					return BOLD.get();
				}
				return name.endsWith("-Italic") ? ITALIC.get() : REGULAR.get();
			}

			@Override
			public java.awt.Font pdfToAwt(BaseFont font, int size) {
				throw new UnsupportedOperationException("charts are drawn, never read back");
			}

		};
	}

	/** Whether both the regular and the bold font have a glyph for every character of the text but spaces. */
	static boolean canShow(String text) {
		return text.codePoints()
			.filter(codePoint -> !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint))
			.allMatch(codePoint -> REGULAR.get().charExists(codePoint) && BOLD.get().charExists(codePoint));
	}

	/**
	 * The text with each character the fonts have no glyph for written as its code point, e.g. {@code Team [U+738B]},
	 * so a name in a script the report cannot draw is still there to be read and looked up.
	 */
	static String spelledOut(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().forEach(codePoint -> {
			if (canShow(Character.toString(codePoint))) {
				shown.appendCodePoint(codePoint);
			}
			else {
				shown.append(String.format(Locale.ROOT, "[U+%04X]", codePoint));
			}
		});
		return shown.toString();
	}

	private static BaseFont load(String resource) {
		try (InputStream input = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (input == null) {
				throw new IllegalStateException(
						"Font " + resource + " is not on the classpath (it comes with com.github.librepdf:openpdf-fonts-extra)");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, input.readAllBytes(),
					null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Font " + resource + " could not be read", ex);
		}
	}

}
