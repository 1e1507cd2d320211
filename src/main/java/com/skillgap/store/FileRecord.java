package com.skillgap.store;

/**
 * A file of a run as stored, with its row counts ({@code rowsRead = rowsImported + rowsRejected}).
 *
 * @param reason why it was rejected, {@code null} when imported
 */
public record FileRecord(int index, String path, boolean imported, String reason, int rowsImported,
		int rowsRejected) {

	public int rowsRead() {
		return this.rowsImported + this.rowsRejected;
	}

}
