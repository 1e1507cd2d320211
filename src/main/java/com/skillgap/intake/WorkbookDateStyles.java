package com.skillgap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of a workbook show a number as a date ({@code xl/styles.xml}), read with StAX: only the number
 * formats and the cell formats' number-format ids are kept, so a hostile styles part cannot fill memory.
 */
final class WorkbookDateStyles {

	/** More cell formats than Excel allows (64,000) means the part is not a real workbook's. */
	private static final int MAX_CELL_FORMATS = 65_536;

	private final BitSet dateStyles;

	private WorkbookDateStyles(BitSet dateStyles) {
		this.dateStyles = dateStyles;
	}

	static WorkbookDateStyles none() {
		return new WorkbookDateStyles(new BitSet());
	}

	static WorkbookDateStyles read(InputStream part) throws IOException {
		Map<Integer, String> formats = new HashMap<>();
		BitSet dates = new BitSet();
		try {
			XMLStreamReader xml = SafeXml.open(part);
			try {
				boolean cellFormats = false;
				int style = 0;
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.DTD) {
						throw SafeXml.doctypeRefused("the workbook's styles");
					}
					if (event == XMLStreamConstants.START_ELEMENT) {
						switch (xml.getLocalName()) {
							case "numFmt" -> {
								if (formats.size() >= MAX_CELL_FORMATS) {
									throw tooManyStyles();
								}
								formats.put(integer(xml.getAttributeValue(null, "numFmtId")),
										xml.getAttributeValue(null, "formatCode"));
							}
							case "cellXfs" -> cellFormats = true;
							case "xf" -> {
								if (cellFormats) {
									if (style >= MAX_CELL_FORMATS) {
										throw tooManyStyles();
									}
									if (isDate(xml.getAttributeValue(null, "numFmtId"), formats)) {
										dates.set(style);
									}
									style++;
								}
							}
							default -> {
							}
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
						cellFormats = false;
					}
				}
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException("the workbook's styles are damaged (" + SafeXml.describe(ex) + ")", ex);
		}
		catch (NumberFormatException ex) {
			throw new IOException("the workbook's styles are damaged (" + ex.getMessage() + ")", ex);
		}
		return new WorkbookDateStyles(dates);
	}

	private static UnreadableFileException tooManyStyles() {
		return new UnreadableFileException("the workbook has more than " + String.format(Locale.ROOT, "%,d",
				MAX_CELL_FORMATS) + " cell styles or "
				+ "number formats, more than Excel allows: open it in Excel or LibreOffice and save it again as .xlsx");
	}

	private static boolean isDate(String formatId, Map<Integer, String> formats) {
		if (formatId == null) {
			return false;
		}
		int id = integer(formatId);
		String format = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
		return format != null && DateUtil.isADateFormat(id, format);
	}

	private static int integer(String value) {
		return value == null ? -1 : Integer.parseInt(value.strip());
	}

	boolean isDate(int style) {
		return style >= 0 && this.dateStyles.get(style);
	}

}
