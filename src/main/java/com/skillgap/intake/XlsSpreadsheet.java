package com.skillgap.intake;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * An Excel 97–2003 workbook ({@code .xls}) read with POI's HSSF. The format caps a sheet at 65,536 rows and 256
 * columns and the file size is limited, so the workbook is loaded whole; rows are still handed out one at a time.
 * Formulas give their cached values; nothing is ever run.
 */
final class XlsSpreadsheet implements Spreadsheet {

	private final HSSFWorkbook workbook;

	private final IntakeLimits limits;

	private XlsSpreadsheet(HSSFWorkbook workbook, IntakeLimits limits) {
		this.workbook = workbook;
		this.limits = limits;
	}

	/**
	 * Opens the workbook of an OLE2 file already known not to be encrypted OOXML. Any failure inside POI's parser
	 * means the file is damaged: the file is refused with that reason.
	 */
	static XlsSpreadsheet open(POIFSFileSystem file, long size, IntakeLimits limits) throws UnreadableFileException {
		if (size > limits.maxXlsFileBytes()) {
			throw new UnreadableFileException(String.format(Locale.ROOT, "Excel 97–2003 workbooks (.xls) are read "
					+ "whole, so they may be at most %,d KB and this one is %,d KB: save it as .xlsx",
					limits.maxXlsFileBytes() / 1024, size / 1024));
		}
		try {
			return new XlsSpreadsheet(new HSSFWorkbook(file.getRoot(), false), limits);
		}
		catch (EncryptedDocumentException ex) {
			throw SpreadsheetFormat.encrypted(ex);
		}
		catch (OldExcelFormatException ex) {
			throw new UnreadableFileException("the workbook is in the Excel 5.0/95 format, older than Skillgap reads: "
					+ "open it in Excel or LibreOffice and save it as .xlsx", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("the .xls workbook is damaged or incomplete: open it in Excel or "
					+ "LibreOffice and save it as .xlsx", ex);
		}
	}

	@Override
	public List<String> visibleSheets() {
		List<String> sheets = new ArrayList<>();
		for (int i = 0; i < this.workbook.getNumberOfSheets(); i++) {
			if (!this.workbook.isSheetHidden(i) && !this.workbook.isSheetVeryHidden(i)) {
				sheets.add(this.workbook.getSheetName(i));
			}
		}
		return sheets;
	}

	@Override
	public RowCursor rows(String sheet) {
		Sheet found = this.workbook.getSheet(sheet);
		Iterator<Row> rows = found.rowIterator();
		int lastRow = found.getLastRowNum() + 1;
		return new RowCursor() {

			private int rowNumber;

			@Override
			public SheetRow next() throws IOException {
				while (rows.hasNext()) {
					SheetRow row = read(rows.next());
					this.rowNumber = row.number();
					if (!row.cells().isEmpty()) {
						return row;
					}
				}
				return null;
			}

			@Override
			public double fractionRead() {
				return (lastRow > 0) ? Math.min(1.0, (double) this.rowNumber / lastRow) : Double.NaN;
			}

			@Override
			public void close() {
			}

		};
	}

	private SheetRow read(Row row) throws IOException {
		List<SheetCell> cells = new ArrayList<>();
		for (Cell cell : row) {
			SheetCell read = read(cell);
			if (read != null && !read.isBlank() && cell.getColumnIndex() >= this.limits.maxColumns()) {
				throw new UnreadableFileException("row " + (row.getRowNum() + 1) + " has a value in column "
						+ SheetCell.columnName(cell.getColumnIndex()) + ", beyond the limit of "
						+ this.limits.maxColumns() + " columns: delete the unused columns, or split the sheet");
			}
			if (read != null) {
				if (read.text().length() > this.limits.maxCellLength()) {
					throw UnreadableFileException.cellTooLong("cell " + read.address(row.getRowNum() + 1),
							this.limits);
				}
				cells.add(read);
			}
		}
		return new SheetRow(row.getRowNum() + 1, cells);
	}

	private static SheetCell read(Cell cell) {
		int column = cell.getColumnIndex();
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> SheetCell.text(column, cell.getStringCellValue());
			case NUMERIC -> number(cell);
			case BOOLEAN -> new SheetCell(column, CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", 0);
			case ERROR -> new SheetCell(column, CellKind.ERROR, errorCode(cell.getErrorCellValue()), 0);
			default -> null;
		};
	}

	private static SheetCell number(Cell cell) {
		double number = cell.getNumericCellValue();
		if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(number)) {
			LocalDateTime date = cell.getLocalDateTimeCellValue();
			String text = date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
			return new SheetCell(cell.getColumnIndex(), CellKind.DATE, text, number);
		}
		return new SheetCell(cell.getColumnIndex(), CellKind.NUMBER, NumberToTextConverter.toText(number), number);
	}

	private static String errorCode(byte code) {
		return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#VALUE!";
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

}
