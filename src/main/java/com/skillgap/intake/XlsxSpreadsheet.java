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
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An {@code .xlsx} or {@code .xlsm} workbook read with POI's event API: the zip is checked against the limits first
 * ({@link WorkbookSafety}), the package is opened read-only, and the workbook, styles, shared text and sheet XML are
 * pulled with StAX, the sheet one row at a time. Nothing in the workbook (macros, formulas) is ever run: formulas
 * give their cached values.
 */
final class XlsxSpreadsheet implements Spreadsheet {

	private static final int MAX_ROW_NUMBER = SpreadsheetVersion.EXCEL2007.getMaxRows();

	/** Excel allows 31 characters; other tools a few more. */
	private static final int MAX_SHEET_NAME = 100;

	private final OPCPackage pkg;

	private final IntakeLimits limits;

	private final XSSFReader reader;

	private final SharedText sharedText;

	private final WorkbookDateStyles dateStyles;

	private final Map<String, String> sheetParts = new LinkedHashMap<>();

	private boolean date1904;

	private XlsxSpreadsheet(OPCPackage pkg, IntakeLimits limits)
			throws IOException, OpenXML4JException, XMLStreamException {
		this.pkg = pkg;
		this.limits = limits;
		requireWorkbookPart(pkg);
		this.reader = new XSSFReader(pkg, true);
		readWorkbook();
		this.sharedText = readSharedText();
		this.dateStyles = readDateStyles();
	}

	static XlsxSpreadsheet open(Path file, IntakeLimits limits) throws UnreadableFileException {
		WorkbookSafety.applyToPoi(limits);
		WorkbookSafety.check(file, limits);
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			return new XlsxSpreadsheet(pkg, limits);
		}
		catch (NotOfficeXmlFileException ex) {
			revert(pkg);
			throw new UnreadableFileException("the file is a zip archive but not an Excel workbook (.xlsx): "
					+ "open the spreadsheet in Excel or LibreOffice and save it as .xlsx", ex);
		}
		catch (UnreadableFileException ex) {
			revert(pkg);
			throw ex;
		}
		catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | XMLStreamException
				| IllegalArgumentException | IllegalStateException ex) {
			revert(pkg);
			throw WorkbookSafety.damaged(ex, limits);
		}
		catch (RuntimeException | Error ex) {
			revert(pkg);
			throw ex;
		}
	}

	/**
	 * The package must point at a main part that is there (POI does not check that the part exists) and is a
	 * workbook's, not a Word document's or a presentation's.
	 */
	private static void requireWorkbookPart(OPCPackage pkg) throws UnreadableFileException, InvalidFormatException {
		for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
			PackageRelationship document = pkg.getRelationshipsByType(type).getRelationship(0);
			PackagePart part = document == null ? null : pkg.getPart(document);
			if (part != null && isWorkbook(part.getContentType())) {
				return;
			}
			if (part != null) {
				throw new UnreadableFileException("the file is an Office document but not a workbook (a Word or "
						+ "PowerPoint file?): send the spreadsheet itself, saved as .xlsx");
			}
		}
		throw new UnreadableFileException("the workbook is damaged: its main part (the list of sheets) is missing; "
				+ "open it in Excel or LibreOffice and save it again as .xlsx");
	}

	/** Workbook, template, macro-enabled workbook and macro-enabled template, transitional or strict. */
	private static boolean isWorkbook(String contentType) {
		return contentType.contains("spreadsheetml") || contentType.startsWith("application/vnd.ms-excel.");
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
		catch (InvalidFormatException | XMLStreamException | IllegalArgumentException | POIXMLException
				| OpenXML4JRuntimeException ex) {
			throw WorkbookSafety.explain(ex, this.limits)
				.orElseGet(() -> new UnreadableFileException("sheet " + DataIssue.quote(sheet) + " cannot be found in the "
						+ "workbook, which is damaged: open it in Excel or LibreOffice and save it again as .xlsx", ex));
		}
	}

	@Override
	public void close() {
		this.pkg.revert();
	}

	/**
	 * Reads {@code xl/workbook.xml}: worksheet names mapped to their part ids, in workbook order, without hidden and
	 * very hidden sheets; and whether dates count from 1904 (workbooks made on a Mac long ago).
	 */
	private void readWorkbook() throws IOException, InvalidFormatException, XMLStreamException {
		try (InputStream workbook = this.reader.getWorkbookData()) {
			XMLStreamReader xml = SafeXml.open(workbook);
			try {
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.DTD) {
						throw SafeXml.doctypeRefused("the workbook");
					}
					if (event == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
						String date1904 = xml.getAttributeValue(null, "date1904");
						this.date1904 = "1".equals(date1904) || "true".equalsIgnoreCase(date1904);
					}
					if (event == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
						String state = xml.getAttributeValue(null, "state");
						String name = xml.getAttributeValue(null, "name");
						String part = relationshipId(xml);
						if (name != null && name.length() > MAX_SHEET_NAME) {
							throw new UnreadableFileException("a sheet's name is longer than " + MAX_SHEET_NAME
									+ " characters, which Excel and LibreOffice never write: open the file in Excel "
									+ "or LibreOffice and save it again as .xlsx");
						}
						if ((state == null || "visible".equals(state)) && name != null && part != null) {
							this.sheetParts.putIfAbsent(name, part);
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
	}

	/** The {@code r:id} attribute, in whichever namespace (transitional or strict) the workbook uses. */
	private static String relationshipId(XMLStreamReader xml) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if ("id".equals(xml.getAttributeLocalName(i)) && xml.getAttributeNamespace(i) != null) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	private SharedText readSharedText() throws IOException, InvalidFormatException {
		List<PackagePart> parts = this.pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return SharedText.none();
		}
		try (InputStream part = parts.get(0).getInputStream()) {
			return SharedText.read(part, this.limits);
		}
	}

	private WorkbookDateStyles readDateStyles() throws IOException, InvalidFormatException {
		List<PackagePart> parts = this.pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			return WorkbookDateStyles.none();
		}
		try (InputStream part = parts.get(0).getInputStream()) {
			return WorkbookDateStyles.read(part);
		}
	}

	/** Pulls {@code <row>} elements of one sheet part, turning each {@code <c>} into a {@link SheetCell}. */
	private final class SheetXmlCursor implements RowCursor {

		private final InputStream input;

		private final XMLStreamReader xml;

		private int previousRow;

		/** The last row the sheet's {@code <dimension>} names, 0 when it names none. */
		private int lastRow;

		SheetXmlCursor(InputStream input) throws XMLStreamException, IOException {
			this.input = input;
			try {
				this.xml = SafeXml.open(input);
			}
			catch (XMLStreamException | RuntimeException ex) {
				input.close();
				throw ex;
			}
		}

		@Override
		public SheetRow next() throws IOException {
			try {
				while (this.xml.hasNext()) {
					int event = this.xml.next();
					if (event == XMLStreamConstants.DTD) {
						throw SafeXml.doctypeRefused("a sheet of the workbook");
					}
					if (event == XMLStreamConstants.START_ELEMENT && "dimension".equals(this.xml.getLocalName())) {
						this.lastRow = SheetDimension.lastRow(this.xml.getAttributeValue(null, "ref"));
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
				throw WorkbookSafety.explain(ex, XlsxSpreadsheet.this.limits)
					.orElseGet(() -> new UnreadableFileException("the sheet's XML is damaged (" + describe(ex)
							+ "): open it in Excel or LibreOffice and save it again as .xlsx", ex));
			}
		}

		@Override
		public double fractionRead() {
			return (this.lastRow > 1) ? Math.min(1.0, (double) this.previousRow / this.lastRow) : Double.NaN;
		}

		private SheetRow readRow() throws XMLStreamException, IOException {
			String number = this.xml.getAttributeValue(null, "r");
			int rowNumber = number == null ? this.previousRow + 1 : Integer.parseInt(number.strip());
			if (rowNumber <= this.previousRow || rowNumber > MAX_ROW_NUMBER) {
				throw new XMLStreamException("row " + DataIssue.quote(String.valueOf(number)) + " comes after row " + this.previousRow
						+ " (rows must be numbered 1 to " + MAX_ROW_NUMBER + ", in order)");
			}
			this.previousRow = rowNumber;
			List<SheetCell> cells = new ArrayList<>();
			int previousColumn = -1;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
					String ref = this.xml.getAttributeValue(null, "r");
					int column = ref == null ? previousColumn + 1 : columnOf(ref);
					if (column <= previousColumn) {
						throw new XMLStreamException("in row " + rowNumber + ", cell " + DataIssue.quote(ref) + " comes after column "
								+ SheetCell.columnName(previousColumn) + " (cells must be in column order)");
					}
					previousColumn = column;
					SheetCell cell = readCell(column, rowNumber);
					// Only cells with a value count: Excel writes formatted empty cells as far as XFD.
					if (cell != null && !cell.isBlank() && column >= XlsxSpreadsheet.this.limits.maxColumns()) {
						throw new UnreadableFileException("row " + rowNumber + " has a value in column "
								+ SheetCell.columnName(column) + ", beyond the limit of "
								+ XlsxSpreadsheet.this.limits.maxColumns()
								+ " columns: delete the unused columns, or split the sheet");
					}
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

		private SheetCell readCell(int column, int row) throws XMLStreamException, UnreadableFileException {
			String type = this.xml.getAttributeValue(null, "t");
			String style = this.xml.getAttributeValue(null, "s");
			String value = null;
			StringBuilder inline = null;
			int phonetic = 0;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = this.xml.getLocalName();
					if ("v".equals(name)) {
						StringBuilder text = new StringBuilder();
						SafeXml.appendElementText(this.xml, text, maxCellLength(), () -> tooLong(column, row));
						value = text.toString();
					}
					else if ("rPh".equals(name)) {
						phonetic++;
					}
					else if ("t".equals(name) && phonetic == 0) {
						inline = inline == null ? new StringBuilder() : inline;
						SafeXml.appendElementText(this.xml, inline, maxCellLength(), () -> tooLong(column, row));
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "rPh".equals(this.xml.getLocalName())) {
					phonetic--;
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
				case "s" -> SheetCell.text(column, XlsxSpreadsheet.this.sharedText.get(Integer.parseInt(value.strip())));
				case "str" -> SheetCell.text(column, value);
				case "b" -> new SheetCell(column, CellKind.BOOLEAN, "1".equals(value.strip()) ? "TRUE" : "FALSE", 0);
				case "e" -> new SheetCell(column, CellKind.ERROR, value, 0);
				case "d" -> new SheetCell(column, CellKind.DATE, value, 0);
				case "n" -> number(column, value, style);
				default -> throw new XMLStreamException("cell " + SheetCell.columnName(column) + row
						+ " has the unknown type " + DataIssue.quote(type));
			};
		}

		private int maxCellLength() {
			return XlsxSpreadsheet.this.limits.maxCellLength();
		}

		private UnreadableFileException tooLong(int column, int row) {
			return UnreadableFileException.cellTooLong("cell " + SheetCell.columnName(column) + row,
					XlsxSpreadsheet.this.limits);
		}

		private SheetCell number(int column, String value, String style) {
			double number = Double.parseDouble(value);
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new NumberFormatException(DataIssue.quote(value) + " is not a number");
			}
			if (style != null && XlsxSpreadsheet.this.dateStyles.isDate(Integer.parseInt(style.strip()))
					&& DateUtil.isValidExcelDate(number)) {
				LocalDateTime date = DateUtil.getLocalDateTime(number, XlsxSpreadsheet.this.date1904);
				String text = date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
				return new SheetCell(column, CellKind.DATE, text, number);
			}
			return new SheetCell(column, CellKind.NUMBER, NumberToTextConverter.toText(number), number);
		}

		private int columnOf(String ref) throws XMLStreamException {
			int letters = 0;
			while (letters < ref.length() && letters < 4 && isLetter(ref.charAt(letters))) {
				letters++;
			}
			if (letters == 0 || letters == 4) {
				throw new XMLStreamException("a cell has the address " + DataIssue.quote(ref));
			}
			return SheetCell.columnIndex(ref.substring(0, letters));
		}

		private static String describe(Exception ex) {
			return ex instanceof XMLStreamException xml ? SafeXml.describe(xml) : String.valueOf(ex.getMessage());
		}

		private static boolean isLetter(char c) {
			return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
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
