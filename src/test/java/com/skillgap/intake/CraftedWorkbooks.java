package com.skillgap.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Smallest workbooks, written part by part, for cases no spreadsheet program would produce: a Strict Open XML
 * workbook, a sheet whose rows or cells are out of order, a Word document named {@code .xlsx}.
 */
final class CraftedWorkbooks {

	static final String TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

	private CraftedWorkbooks() {
	}

	/** A one-sheet workbook whose sheet data is {@code rows} (the XML inside {@code <sheetData>}). */
	static Path workbook(Path file, String rows) throws IOException {
		return write(file, false, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", rows);
	}

	/** The same workbook in Strict Open XML, as Excel's "Strict Open XML Spreadsheet" saves it. */
	static Path strictWorkbook(Path file, String rows) throws IOException {
		return write(file, true, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", rows);
	}

	/** A package whose main part says it is a Word document. */
	static Path wordDocument(Path file) throws IOException {
		return write(file, false, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
				"");
	}

	private static Path write(Path file, boolean strict, String mainType, String rows) throws IOException {
		String spreadsheet = strict ? STRICT : TRANSITIONAL;
		String relationships = strict ? STRICT_RELATIONSHIPS : RELATIONSHIPS;
		List<ZipParts.Entry> parts = new ArrayList<>();
		parts.add(part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + mainType + "\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
				+ "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
		parts.add(part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + relationships + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>"));
		parts.add(part("xl/workbook.xml", "<workbook xmlns=\"" + spreadsheet + "\" xmlns:r=\"" + relationships + "\">"
				+ "<sheets><sheet name=\"Skills\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
		parts.add(part("xl/_rels/workbook.xml.rels",
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"" + relationships + "/worksheet\" "
						+ "Target=\"worksheets/sheet1.xml\"/></Relationships>"));
		parts.add(part("xl/worksheets/sheet1.xml",
				"<worksheet xmlns=\"" + spreadsheet + "\"><sheetData>" + rows + "</sheetData></worksheet>"));
		return Files.write(file, ZipParts.write(parts));
	}

	private static ZipParts.Entry part(String name, String xml) {
		ZipParts.Entry entry = new ZipParts.Entry(name, new byte[0]);
		entry.text("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
		return entry;
	}

	/** An inline-string cell. */
	static String text(String ref, String text) {
		return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	/** A number cell. */
	static String number(String ref, int value) {
		return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
	}

	static final String HEADER = "<row r=\"1\">" + text("A1", "Name") + text("B1", "Kubernetes") + "</row>";

}
