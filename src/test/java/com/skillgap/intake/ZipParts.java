package com.skillgap.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Takes a valid {@code .xlsx} apart into its zip entries and writes entries back as a zip, byte by byte, so a fuzz
 * case can ask for what {@link java.util.zip.ZipOutputStream} refuses to write: duplicate names, sizes and CRCs that
 * lie, damaged compressed data, a missing central directory.
 */
final class ZipParts {

	/** One entry to write; every {@code null} lie means the header tells the truth. */
	static final class Entry {

		String name;

		byte[] data;

		boolean stored;

		/** Applied to the compressed bytes after compression (to damage them). */
		UnaryOperator<byte[]> damage;

		Long localCompressedSize;

		Long localSize;

		Long centralCompressedSize;

		Long centralSize;

		Long crc;

		Entry(String name, byte[] data) {
			this.name = name;
			this.data = data;
		}

		Entry copy() {
			Entry copy = new Entry(this.name, this.data.clone());
			copy.stored = this.stored;
			return copy;
		}

		String text() {
			return new String(this.data, StandardCharsets.UTF_8);
		}

		void text(String text) {
			this.data = text.getBytes(StandardCharsets.UTF_8);
		}

	}

	private ZipParts() {
	}

	/** The entries of a well-formed zip, in stored order. */
	static List<Entry> read(byte[] zip) {
		List<Entry> entries = new ArrayList<>();
		try (ZipInputStream input = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = input.getNextEntry(); entry != null; entry = input.getNextEntry()) {
				entries.add(new Entry(entry.getName(), input.readAllBytes()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a seed file is not a valid zip", ex);
		}
		return entries;
	}

	/** A zip of the entries in the given order, with a central directory. */
	static byte[] write(List<Entry> entries) {
		return write(entries, true);
	}

	/**
	 * @param centralDirectory {@code false} to end the file after the last entry, as a cut-off upload would
	 */
	static byte[] write(List<Entry> entries, boolean centralDirectory) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream central = new ByteArrayOutputStream();
		for (Entry entry : entries) {
			byte[] name = entry.name.getBytes(StandardCharsets.UTF_8);
			byte[] compressed = entry.stored ? entry.data : deflate(entry.data);
			if (entry.damage != null) {
				compressed = entry.damage.apply(compressed);
			}
			CRC32 crc32 = new CRC32();
			crc32.update(entry.data);
			long crc = entry.crc != null ? entry.crc : crc32.getValue();
			int method = entry.stored ? 0 : 8;
			int offset = out.size();

			int32(out, 0x04034b50);
			int16(out, 20);
			int16(out, 0x0800);
			int16(out, method);
			int16(out, 0);
			int16(out, 0x5B7A);
			int32(out, crc);
			int32(out, orElse(entry.localCompressedSize, compressed.length));
			int32(out, orElse(entry.localSize, entry.data.length));
			int16(out, name.length);
			int16(out, 0);
			out.writeBytes(name);
			out.writeBytes(compressed);

			int32(central, 0x02014b50);
			int16(central, 20);
			int16(central, 20);
			int16(central, 0x0800);
			int16(central, method);
			int16(central, 0);
			int16(central, 0x5B7A);
			int32(central, crc);
			int32(central, orElse(entry.centralCompressedSize, compressed.length));
			int32(central, orElse(entry.centralSize, entry.data.length));
			int16(central, name.length);
			int16(central, 0);
			int16(central, 0);
			int16(central, 0);
			int16(central, 0);
			int32(central, 0);
			int32(central, offset);
			central.writeBytes(name);
		}
		if (centralDirectory) {
			int centralOffset = out.size();
			out.writeBytes(central.toByteArray());
			int32(out, 0x06054b50);
			int16(out, 0);
			int16(out, 0);
			int16(out, entries.size());
			int16(out, entries.size());
			int32(out, central.size());
			int32(out, centralOffset);
			int16(out, 0);
		}
		return out.toByteArray();
	}

	private static long orElse(Long lie, long truth) {
		return lie != null ? lie : truth;
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			deflater.setInput(data);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	private static void int16(ByteArrayOutputStream out, int value) {
		out.write(value & 0xFF);
		out.write((value >>> 8) & 0xFF);
	}

	private static void int32(ByteArrayOutputStream out, long value) {
		int16(out, (int) (value & 0xFFFF));
		int16(out, (int) ((value >>> 16) & 0xFFFF));
	}

}
