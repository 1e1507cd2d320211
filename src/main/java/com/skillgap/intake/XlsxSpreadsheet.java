package com.skillgap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * An {@code .xlsx} or {@code .xlsm} workbook read with POI's event API: the package is opened read-only, sheet XML is
 * pulled with StAX one row at a time, and nothing in the workbook (macros, formulas) is ever run: formulas give
 * their cached values.
 */
final class XlsxSpreadsheet implements Spreadsheet {

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final OPCPackage pkg;

	private final XSSFReader reader;

	private final ReadOnlySharedStringsTable sharedStrings;

	private final StylesTable styles;

	private final Map<String, String> sheetParts;

	private final int maxColumns;

	private XlsxSpreadsheet(OPCPackage pkg, int maxColumns) throws IOException, OpenXML4JException, SAXException,
			XMLStreamException, UnreadableFileException {
		this.pkg = pkg;
		this.maxColumns = maxColumns;
		this.reader = new XSSFReader(pkg);
		this.sharedStrings = new ReadOnlySharedStringsTable(pkg, false);
		this.styles = this.reader.getStylesTable();
		this.sheetParts = visibleWorksheets();
	}

	static XlsxSpreadsheet open(Path file, int maxColumns) throws UnreadableFileException {
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			return new XlsxSpreadsheet(pkg, maxColumns);
		}
		catch (NotOfficeXmlFileException ex) {
			revert(pkg);
			throw new UnreadableFileException("the file is not an Excel workbook (.xlsx) although its name says so: "
					+ "open it in Excel or LibreOffice and save it as .xlsx", ex);
		}
		catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
				| XMLStreamException | IllegalArgumentException ex) {
			revert(pkg);
			throw new UnreadableFileException("the workbook is damaged or not a valid .xlsx file ("
					+ ex.getMessage() + "): open it in Excel or LibreOffice and save it again as .xlsx", ex);
		}
		catch (UnreadableFileException ex) {
			revert(pkg);
			throw ex;
		}
	}

	private static void revert(OPCPackage pkg) {
		if (pkg != null) {
			pkg.revert();
		}
	}

	@Override
	public List<String> visibleSheets() {
		return List.copyOf(this.sheetParts.keySet());
	}

	@Override
	public RowCursor rows(String sheet) throws IOException {
		try {
			return new SheetXmlCursor(this.reader.getSheet(this.sheetParts.get(sheet)));
		}
		catch (InvalidFormatException | XMLStreamException ex) {
			throw new IOException("sheet '" + sheet + "' cannot be read: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		this.pkg.revert();
	}

	/** Worksheet names mapped to their part ids, in workbook order, without hidden and very hidden sheets. */
	private Map<String, String> visibleWorksheets() throws IOException, InvalidFormatException, XMLStreamException,
			UnreadableFileException {
		Map<String, String> sheets = new LinkedHashMap<>();
		try (InputStream workbook = this.reader.getWorkbookData()) {
			XMLStreamReader xml = SafeXml.open(workbook);
			try {
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.DTD) {
						throw new UnreadableFileException(
								"the workbook contains an XML document type declaration, which Excel never writes; "
										+ "it was not read for safety: save it again from Excel as .xlsx");
					}
					if (event == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
						String state = xml.getAttributeValue(null, "state");
						if (state == null || "visible".equals(state)) {
							sheets.put(xml.getAttributeValue(null, "name"),
									xml.getAttributeValue(RELATIONSHIPS_NS, "id"));
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
		return sheets;
	}

	/** Pulls {@code <row>} elements of one sheet part, turning each {@code <c>} into a {@link SheetCell}. */
	private final class SheetXmlCursor implements RowCursor {

		private final InputStream input;

		private final XMLStreamReader xml;

		private int previousRow;

		SheetXmlCursor(InputStream input) throws XMLStreamException {
			this.input = input;
			this.xml = SafeXml.open(input);
		}

		@Override
		public SheetRow next() throws IOException {
			try {
				while (this.xml.hasNext()) {
					int event = this.xml.next();
					if (event == XMLStreamConstants.DTD) {
						throw new IOException("the sheet contains an XML document type declaration; "
								+ "it was not read for safety");
					}
					if (event == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
						SheetRow row = readRow();
						if (!row.cells().isEmpty()) {
							return row;
						}
					}
				}
				return null;
			}
			catch (XMLStreamException | NumberFormatException | POIXMLException | OpenXML4JRuntimeException ex) {
				throw new IOException("the sheet's XML is damaged: " + ex.getMessage(), ex);
			}
		}

		private SheetRow readRow() throws XMLStreamException, IOException {
			String number = this.xml.getAttributeValue(null, "r");
			int rowNumber = number == null ? this.previousRow + 1 : Integer.parseInt(number);
			this.previousRow = rowNumber;
			List<SheetCell> cells = new ArrayList<>();
			int previousColumn = -1;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
					String ref = this.xml.getAttributeValue(null, "r");
					int column = ref == null ? previousColumn + 1 : columnOf(ref);
					previousColumn = column;
					if (column >= XlsxSpreadsheet.this.maxColumns) {
						throw new IOException("row " + rowNumber + " has a cell in column "
								+ SheetCell.columnName(column) + ", beyond the limit of "
								+ XlsxSpreadsheet.this.maxColumns + " columns");
					}
					SheetCell cell = readCell(column);
					if (cell != null) {
						cells.add(cell);
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName())) {
					break;
				}
			}
			return new SheetRow(rowNumber, cells);
		}

		private SheetCell readCell(int column) throws XMLStreamException {
			String type = this.xml.getAttributeValue(null, "t");
			String style = this.xml.getAttributeValue(null, "s");
			String value = null;
			StringBuilder inline = null;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = this.xml.getLocalName();
					if ("v".equals(name)) {
						value = this.xml.getElementText();
					}
					else if ("t".equals(name)) {
						inline = inline == null ? new StringBuilder() : inline;
						inline.append(this.xml.getElementText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName())) {
					break;
				}
			}
			if ("inlineStr".equals(type)) {
				return inline == null ? null : SheetCell.text(column, inline.toString());
			}
			if (value == null) {
				return null;
			}
			return switch (type == null ? "n" : type) {
				case "s" -> SheetCell.text(column, sharedString(value));
				case "str" -> SheetCell.text(column, value);
				case "b" -> new SheetCell(column, CellKind.BOOLEAN, "1".equals(value.strip()) ? "TRUE" : "FALSE", 0);
				case "e" -> new SheetCell(column, CellKind.ERROR, value, 0);
				case "d" -> new SheetCell(column, CellKind.DATE, value, 0);
				default -> number(column, value, style);
			};
		}

		private String sharedString(String value) throws XMLStreamException {
			int index = Integer.parseInt(value.strip());
			if (index < 0 || index >= XlsxSpreadsheet.this.sharedStrings.getCount()) {
				throw new XMLStreamException("a cell refers to shared text number " + index
						+ ", which the workbook does not have");
			}
			return XlsxSpreadsheet.this.sharedStrings.getItemAt(index).getString();
		}

		private SheetCell number(int column, String value, String style) {
			double number = Double.parseDouble(value);
			if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
				LocalDateTime date = DateUtil.getLocalDateTime(number);
				String text = date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
				return new SheetCell(column, CellKind.DATE, text, number);
			}
			return new SheetCell(column, CellKind.NUMBER, NumberToTextConverter.toText(number), number);
		}

		private boolean isDateStyle(int styleIndex) {
			if (styleIndex < 0 || styleIndex >= XlsxSpreadsheet.this.styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = XlsxSpreadsheet.this.styles.getStyleAt(styleIndex);
			return cellStyle != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		}

		private int columnOf(String ref) {
			int letters = 0;
			while (letters < ref.length() && Character.isLetter(ref.charAt(letters))) {
				letters++;
			}
			return SheetCell.columnIndex(ref.substring(0, letters));
		}

		@Override
		public void close() throws IOException {
			try {
				this.xml.close();
			}
			catch (XMLStreamException ex) {
				throw new IOException(ex);
			}
			finally {
				this.input.close();
			}
		}

	}


}
