package com.skillgap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text a workbook's cells share ({@code xl/sharedStrings.xml}), read once with StAX and held for the sheet's
 * cells to refer to by number. Phonetic guides ({@code rPh}) are left out, as Excel shows them. The size is bounded:
 * no string longer than a cell may be, and no more text in all than a limit, so a hostile part cannot fill memory.
 */
final class SharedText {

	/**
	 * What each string costs against the limit beyond its characters, so that millions of tiny strings are refused
	 * too: a string object takes about as much memory as 16 characters.
	 */
	static final int ENTRY_COST = 16;

	private final List<String> strings;

	private SharedText(List<String> strings) {
		this.strings = strings;
	}

	static SharedText none() {
		return new SharedText(List.of());
	}

	static SharedText read(InputStream part, IntakeLimits limits) throws IOException {
		List<String> strings = new ArrayList<>();
		long total = 0;
		try {
			XMLStreamReader xml = SafeXml.open(part);
			try {
				StringBuilder item = null;
				int phonetic = 0;
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.DTD) {
						throw SafeXml.doctypeRefused("the workbook's shared text");
					}
					if (event == XMLStreamConstants.START_ELEMENT) {
						switch (xml.getLocalName()) {
							case "si" -> item = new StringBuilder();
							case "rPh" -> phonetic++;
							case "t" -> {
								if (item != null && phonetic == 0) {
									SafeXml.appendElementText(xml, item, limits.maxCellLength(),
											() -> UnreadableFileException.cellTooLong("one of the workbook's texts",
													limits));
								}
							}
							default -> {
							}
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						if ("rPh".equals(xml.getLocalName())) {
							phonetic--;
						}
						else if ("si".equals(xml.getLocalName()) && item != null) {
							total += item.length() + ENTRY_COST;
							if (total > limits.maxSharedText()) {
								throw new UnreadableFileException(String.format(Locale.ROOT,
										"the workbook's cells share more than %,d characters of text, the limit: "
												+ "split it into smaller files",
										limits.maxSharedText()));
							}
							strings.add(item.toString());
							item = null;
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException("the workbook's shared text is damaged (" + SafeXml.describe(ex) + ")", ex);
		}
		return new SharedText(strings);
	}

	/** The string a cell refers to; a number the workbook does not have is damage. */
	String get(int index) throws XMLStreamException {
		if (index < 0 || index >= this.strings.size()) {
			throw new XMLStreamException("a cell refers to shared text number " + index
					+ ", which the workbook does not have");
		}
		return this.strings.get(index);
	}

}
