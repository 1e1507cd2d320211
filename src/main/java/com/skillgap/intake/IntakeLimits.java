package com.skillgap.intake;

/**
 * How much one input file may hold before it is refused. The last four guard against hostile workbooks: an
 * {@code .xlsx} file is a zip archive whose parts could unpack to far more than the file's size.
 *
 * @param maxFileBytes file size (default 20 MB)
 * @param maxRows data rows below the header (default 1,000,000)
 * @param maxColumns columns (default 500)
 * @param maxCellLength characters in one cell (default 32,767, Excel's own limit)
 * @param maxPartBytes unpacked size of one part of a workbook, such as a sheet (default 1 GB)
 * @param minInflateRatio smallest packed-to-unpacked size ratio of a workbook part (default 0.01: a part may unpack
 * to at most 100 times its packed size)
 * @param maxParts parts in one workbook (default 1,000; a skill sheet has about 10)
 * @param maxSharedText characters of text a workbook may share between its cells, each string counting 16 more
 * (default 32,000,000)
 * @param maxXlsFileBytes size of an Excel 97–2003 ({@code .xls}) file, which is read whole (default 4 MB)
 */
public record IntakeLimits(long maxFileBytes, int maxRows, int maxColumns, int maxCellLength, long maxPartBytes,
		double minInflateRatio, int maxParts, long maxSharedText, long maxXlsFileBytes) {

	public static final IntakeLimits DEFAULT = new IntakeLimits(20L * 1024 * 1024, 1_000_000, 500, 32_767,
			1024L * 1024 * 1024, 0.01, 1_000, 32_000_000, 4L * 1024 * 1024);

}
