package com.skillgap.intake;

/**
 * How much one input file may hold before it is refused.
 *
 * @param maxFileBytes file size (default 20 MB)
 * @param maxRows data rows below the header (default 1,000,000)
 * @param maxColumns columns (default 500)
 * @param maxCellLength characters in one cell (default 32,767, Excel's own limit)
 */
public record IntakeLimits(long maxFileBytes, int maxRows, int maxColumns, int maxCellLength) {

	public static final IntakeLimits DEFAULT = new IntakeLimits(20L * 1024 * 1024, 1_000_000, 500, 32_767);

}
