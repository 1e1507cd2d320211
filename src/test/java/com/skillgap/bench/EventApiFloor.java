package com.skillgap.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The floor: the first sheet of an {@code .xlsx} parsed with POI's event API ({@link XSSFReader}, SAX,
 * {@link XSSFSheetXMLHandler}), every cell visited and nothing else done with it.
 */
final class EventApiFloor {

	/** What one pass saw: rows and cells visited, so the work cannot be left out. */
	record Visit(long rows, long cells) {
	}

	static Visit parse(Path xlsx) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			CellCounter counter = new CellCounter();
			Iterator<InputStream> sheets = reader.getSheetsData();
			try (InputStream sheet = sheets.next()) {
				SAXParserFactory factory = SAXParserFactory.newInstance();
				factory.setNamespaceAware(true);
				XMLReader xml = factory.newSAXParser().getXMLReader();
				xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter, false));
				xml.parse(new InputSource(sheet));
			}
			return new Visit(counter.rows, counter.cells);
		}
	}

	private static final class CellCounter implements SheetContentsHandler {

		long rows;

		long cells;

		@Override
		public void startRow(int rowNum) {
			this.rows++;
		}

		@Override
		public void endRow(int rowNum) {
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			this.cells++;
		}

	}

}
