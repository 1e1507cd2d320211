package com.skillgap.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.skillgap.intake.ZipParts.Entry;

/**
 * The mutation families of {@link IntakeFuzzTests}. Each turns a valid seed file and a case seed into a damaged file
 * and a description of the damage; the same seed file and case seed always give the same bytes. Within a family the
 * case seed also picks the kind of mutation ({@code seed mod kinds}), so consecutive seeds go round every kind.
 */
final class FuzzMutations {

	/** A damaged file and what was done to it, in words. */
	record Mutant(byte[] bytes, String description) {
	}

	enum Family {

		/** Bits flipped, bytes overwritten, the file cut short, byte runs inserted, deleted or copied (any file). */
		BYTES,

		/** The .xlsx zip container: entries dropped, duplicated, renamed, stored, reordered, damaged, lying headers. */
		ZIP,

		/** One XML part of an .xlsx changed (elements, attributes, cell references, types, DOCTYPE…), re-zipped. */
		XML,

		/** CSV text: delimiters, quotes and line breaks, NULs, invalid UTF-8, very long lines, mixed line ends. */
		CSV

	}

	private static final HexFormat HEX = HexFormat.of();

	private FuzzMutations() {
	}

	static Mutant mutate(Family family, byte[] seed, long caseSeed) {
		return switch (family) {
			case BYTES -> bytes(seed, caseSeed);
			case ZIP -> zip(seed, caseSeed);
			case XML -> xml(seed, caseSeed);
			case CSV -> csv(seed, caseSeed);
		};
	}

	// ---------------------------------------------------------------- bytes

	static Mutant bytes(byte[] seed, long caseSeed) {
		Random random = new Random(caseSeed);
		byte[] data = seed.clone();
		List<String> steps = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int step = 0; step < count; step++) {
			int kind = step == 0 ? (int) Math.floorMod(caseSeed, 6L) : random.nextInt(6);
			if (data.length == 0) {
				kind = 3;
			}
			switch (kind) {
				case 0 -> {
					int bits = 1 + random.nextInt(8);
					List<String> flipped = new ArrayList<>();
					for (int i = 0; i < bits; i++) {
						int at = random.nextInt(data.length);
						int bit = random.nextInt(8);
						data[at] ^= (byte) (1 << bit);
						flipped.add(at + "." + bit);
					}
					steps.add("flipped bits (byte.bit) " + String.join(", ", flipped));
				}
				case 1 -> {
					byte[] interesting = { 0, (byte) 0xFF, 0x7F, (byte) 0x80, '<', '"', ',', '\n', 'P', 'K' };
					int bytes = 1 + random.nextInt(8);
					List<String> written = new ArrayList<>();
					for (int i = 0; i < bytes; i++) {
						int at = random.nextInt(data.length);
						byte value = random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
								: (byte) random.nextInt(256);
						data[at] = value;
						written.add(at + "=0x" + HEX.toHexDigits(value));
					}
					steps.add("overwrote bytes " + String.join(", ", written));
				}
				case 2 -> {
					int at = random.nextInt(data.length);
					steps.add("truncated to " + at + " of " + data.length + " bytes");
					data = Arrays.copyOf(data, at);
				}
				case 3 -> {
					byte[] run = new byte[1 + random.nextInt(64)];
					random.nextBytes(run);
					int at = random.nextInt(data.length + 1);
					data = splice(data, at, 0, run);
					steps.add("inserted " + run.length + " random bytes at " + at);
				}
				case 4 -> {
					int at = random.nextInt(data.length);
					int length = Math.min(1 + random.nextInt(64), data.length - at);
					data = splice(data, at, length, new byte[0]);
					steps.add("deleted " + length + " bytes at " + at);
				}
				default -> {
					int from = random.nextInt(data.length);
					int length = Math.min(1 + random.nextInt(512), data.length - from);
					int to = random.nextInt(data.length + 1);
					data = splice(data, to, 0, Arrays.copyOfRange(data, from, from + length));
					steps.add("copied the " + length + " bytes at " + from + " to " + to);
				}
			}
		}
		return new Mutant(data, String.join("; then ", steps));
	}

	private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
		byte[] result = new byte[data.length - remove + insert.length];
		System.arraycopy(data, 0, result, 0, at);
		System.arraycopy(insert, 0, result, at, insert.length);
		System.arraycopy(data, at + remove, result, at + insert.length, data.length - at - remove);
		return result;
	}

	// ---------------------------------------------------------------- zip

	private static final List<String> KEY_ENTRIES = List.of("xl/workbook.xml", "xl/sharedStrings.xml",
			"xl/styles.xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "[Content_Types].xml");

	static Mutant zip(byte[] seed, long caseSeed) {
		Random random = new Random(caseSeed);
		List<Entry> entries = ZipParts.read(seed);
		int kind = (int) Math.floorMod(caseSeed, 10L);
		int variant = (int) Math.floorMod(caseSeed / 10, 1000L);
		List<Entry> keys = entries.stream()
			.filter(entry -> KEY_ENTRIES.contains(entry.name) || isWorksheet(entry.name))
			.toList();
		Entry key = keys.get(variant % keys.size());
		String description;
		boolean centralDirectory = true;
		switch (kind) {
			case 0 -> {
				entries.remove(key);
				description = "dropped entry " + key.name;
			}
			case 1 -> {
				Entry copy = key.copy();
				switch (variant % 4) {
					case 0 -> {
						entries.add(entries.indexOf(key) + 1, copy);
						description = "duplicated entry " + key.name + " right after itself";
					}
					case 1 -> {
						entries.add(copy);
						description = "duplicated entry " + key.name + " at the end";
					}
					case 2 -> {
						Entry other = entries.get(random.nextInt(entries.size()));
						copy.data = other.data.clone();
						entries.add(copy);
						description = "added a second " + key.name + " holding the data of " + other.name;
					}
					default -> {
						copy.data = new byte[0];
						entries.add(0, copy);
						description = "added an empty second " + key.name + " before every entry";
					}
				}
			}
			case 2 -> {
				String[] names = { key.name.toUpperCase(Locale.ROOT), "/" + key.name,
						key.name.replace('/', '\\'), key.name + ".bak", "../" + key.name, key.name + " ", "",
						entries.get(random.nextInt(entries.size())).name, key.name + "/", "xl/wörkbook.xml" };
				String name = names[variant % names.length];
				description = "renamed entry " + key.name + " to \"" + name + "\"";
				key.name = name;
			}
			case 3 -> {
				if (variant % 2 == 0) {
					key.stored = true;
					description = "stored entry " + key.name + " instead of deflating it";
				}
				else {
					entries.forEach(entry -> entry.stored = true);
					description = "stored every entry instead of deflating it";
				}
			}
			case 4 -> {
				List<Entry> original = List.copyOf(entries);
				while (entries.equals(original)) {
					Collections.shuffle(entries, random);
				}
				description = "shuffled the entries to " + entries.stream().map(entry -> entry.name).toList();
			}
			case 5 -> {
				int how = variant % 5;
				key.damage = compressed -> damage(compressed, how, new Random(caseSeed));
				description = "damaged the compressed data of " + key.name + " ("
						+ new String[] { "one byte flipped", "8 bytes zeroed", "cut in half",
								"16 garbage bytes appended", "replaced by random bytes" }[how]
						+ ")";
			}
			case 6, 7 -> {
				long truth = key.data.length;
				long[] values = { 0, 1, truth - 1, truth + 1, truth * 1000, 0xFFFFFFFFL, 0x7FFFFFFFL, 0x80000000L };
				long value = values[random.nextInt(values.length)];
				String[] headers = { "local compressed size", "local size", "central compressed size",
						"central size", "CRC" };
				int header = variant % headers.length;
				switch (header) {
					case 0 -> key.localCompressedSize = value;
					case 1 -> key.localSize = value;
					case 2 -> key.centralCompressedSize = value;
					case 3 -> key.centralSize = value;
					default -> key.crc = value = random.nextLong() & 0xFFFFFFFFL;
				}
				description = "made the " + headers[header] + " of " + key.name + " say " + value;
				if (kind == 7) {
					centralDirectory = false;
					description += ", and left out the central directory";
				}
			}
			case 8 -> {
				centralDirectory = false;
				description = "left out the central directory (local entries only)";
			}
			default -> {
				switch (variant % 3) {
					case 0 -> {
						entries.clear();
						description = "removed every entry (an empty zip)";
					}
					case 1 -> {
						entries.removeIf(entry -> !entry.name.equals("[Content_Types].xml"));
						description = "kept only [Content_Types].xml";
					}
					default -> {
						List<String> dropped = new ArrayList<>();
						for (int i = 2 + random.nextInt(3); i > 0 && !entries.isEmpty(); i--) {
							dropped.add(entries.remove(random.nextInt(entries.size())).name);
						}
						description = "dropped entries " + dropped;
					}
				}
			}
		}
		return new Mutant(ZipParts.write(entries, centralDirectory), description);
	}

	private static byte[] damage(byte[] compressed, int how, Random random) {
		byte[] data = compressed.clone();
		if (data.length == 0) {
			return new byte[] { 0x7F };
		}
		switch (how) {
			case 0 -> data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
			case 1 -> {
				int from = random.nextInt(data.length);
				Arrays.fill(data, from, Math.min(data.length, from + 8), (byte) 0);
			}
			case 2 -> data = Arrays.copyOf(data, data.length / 2);
			case 3 -> {
				byte[] garbage = new byte[16];
				random.nextBytes(garbage);
				data = splice(data, data.length, 0, garbage);
			}
			default -> random.nextBytes(data);
		}
		return data;
	}

	private static boolean isWorksheet(String name) {
		return name.startsWith("xl/worksheets/") && name.endsWith(".xml");
	}

	// ---------------------------------------------------------------- xml

	private static final String[] GARBAGE_REFS = { "-1", "A0", "0", "ZZZZZZ1", "A99999999999", "", "1", "1A", "a1",
			"AAAAAAAAAAAAA1", "Ä1", "A-5", "2147483647", "A2147483647", "-2147483648", "R1C1", " A1", "XFD1048576" };

	private static final String[] GARBAGE_NUMBERS = { "abc", "", "-1", "NaN", "Infinity", "-Infinity", "1e400",
			"1E-400", "2147483647", "2147483648", "99999999999", "-2147483648", "3.5", " 7 ", "0x10", "١٢", "1,5",
			"+3", "3d", "4294967296" };

	private static final String[] TYPES = { "zz", "", "S", "inlineStr", "s", "str", "b", "e", "d", "n", "n ",
			"shared" };

	private static final Pattern START_TAG = Pattern.compile("<([A-Za-z_][\\w:.-]*)(\\s[^<>]*?)?(/?)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s([\\w:.-]+)=\"([^\"]*)\"");

	private static final Pattern END_TAG = Pattern.compile("</[\\w:.-]+\\s*>");

	private static final Pattern TEXT = Pattern.compile(">([^<]+)<");

	static Mutant xml(byte[] seed, long caseSeed) {
		Random random = new Random(caseSeed);
		List<Entry> entries = ZipParts.read(seed);
		int kind = (int) Math.floorMod(caseSeed, 14L);
		int variant = (int) Math.floorMod(caseSeed / 14, 1000L);
		Entry sheet = pickSheet(entries, random);
		Entry workbook = find(entries, "xl/workbook.xml");
		String description = switch (kind) {
			case 0 -> deleteElement(anyPart(entries, sheet, random), random);
			case 1 -> deleteAttribute(anyPart(entries, sheet, random), random);
			case 2 -> cellReference(sheet, random, variant);
			case 3 -> setCellType(sheet, random, variant);
			case 4 -> sharedStringIndex(entries, sheet, random, variant);
			case 5 -> textForNumber(entries, sheet, random, variant);
			case 6 -> dropClosingTag(anyPart(entries, sheet, random), random, variant);
			case 7 -> doctypeOrEntity(anyPart(entries, sheet, random), random, variant);
			case 8 -> sheetStates(workbook, random, variant);
			case 9 -> duplicateSheetNames(workbook, random, variant);
			case 10 -> emptySheetList(workbook, variant);
			case 11 -> relationships(entries, random, variant);
			case 12 -> encoding(anyPart(entries, sheet, random), random, variant);
			default -> repeat(entries, sheet, random, variant);
		};
		return new Mutant(ZipParts.write(entries), description);
	}

	private static Entry find(List<Entry> entries, String name) {
		return entries.stream().filter(entry -> entry.name.equals(name)).findFirst().orElse(null);
	}

	/** Mostly the largest worksheet (the one with the data), sometimes another. */
	private static Entry pickSheet(List<Entry> entries, Random random) {
		List<Entry> sheets = entries.stream().filter(entry -> isWorksheet(entry.name)).toList();
		Entry largest = sheets.stream().max((a, b) -> Integer.compare(a.data.length, b.data.length)).orElseThrow();
		return random.nextInt(10) < 7 ? largest : sheets.get(random.nextInt(sheets.size()));
	}

	/** Half the time the sheet, else any XML part. */
	private static Entry anyPart(List<Entry> entries, Entry sheet, Random random) {
		if (random.nextBoolean()) {
			return sheet;
		}
		List<Entry> parts = entries.stream()
			.filter(entry -> entry.name.endsWith(".xml") || entry.name.endsWith(".rels"))
			.toList();
		return parts.get(random.nextInt(parts.size()));
	}

	private static String deleteElement(Entry part, Random random) {
		String xml = part.text();
		List<MatchResult> tags = matches(START_TAG, xml, match -> true);
		MatchResult tag = tags.get(random.nextInt(tags.size()));
		int end = tag.group(3).equals("/") ? tag.end() : closingEnd(xml, tag.group(1), tag.end());
		part.text(xml.substring(0, tag.start()) + xml.substring(end));
		return part.name + ": deleted element <" + tag.group(1) + "> at offset " + tag.start() + " ("
				+ (end - tag.start()) + " characters)";
	}

	/** Where the element opened just before {@code from} ends, or {@code from} when it never closes. */
	private static int closingEnd(String xml, String name, int from) {
		Matcher matcher = Pattern.compile("<(/?)" + Pattern.quote(name) + "(?=[\\s/>])[^<>]*?(/?)>").matcher(xml);
		int depth = 1;
		int at = from;
		while (matcher.find(at)) {
			at = matcher.end();
			if (matcher.group(1).equals("/")) {
				if (--depth == 0) {
					return matcher.end();
				}
			}
			else if (!matcher.group(2).equals("/")) {
				depth++;
			}
		}
		return from;
	}

	private static String deleteAttribute(Entry part, Random random) {
		String xml = part.text();
		List<MatchResult> attributes = matches(ATTRIBUTE, xml, match -> true);
		if (attributes.isEmpty()) {
			return part.name + ": no attribute to delete (unchanged)";
		}
		MatchResult attribute = attributes.get(random.nextInt(attributes.size()));
		part.text(xml.substring(0, attribute.start()) + xml.substring(attribute.end()));
		return part.name + ": deleted attribute " + attribute.group(1) + "=\"" + abbreviate(attribute.group(2))
				+ "\" at offset " + attribute.start();
	}

	/** Sets one occurrence of an attribute ({@code " r=\""}) to a value of the list, or every one in a row. */
	private static String setAttribute(Entry part, Random random, int variant, String attribute, String[] values) {
		String xml = part.text();
		List<MatchResult> found = matches(Pattern.compile(Pattern.quote(attribute) + "([^\"]*)\""), xml,
				match -> true);
		if (found.isEmpty()) {
			return part.name + ": no" + attribute + "…\" to change (unchanged)";
		}
		String value = values[variant % values.length];
		MatchResult target = found.get(random.nextInt(found.size()));
		String element = elementAt(xml, target.start());
		part.text(xml.substring(0, target.start()) + attribute + escape(value) + "\"" + xml.substring(target.end()));
		return part.name + ": set" + attribute.stripTrailing().replace("=\"", "") + " of <" + element + "> from \""
				+ target.group(1) + "\" to \"" + value + "\"";
	}

	/** A row's or a cell's {@code r} made garbage, or a row numbered 2147483647 followed by rows without a number. */
	private static String cellReference(Entry sheet, Random random, int variant) {
		String value = GARBAGE_REFS[(variant / 3) % GARBAGE_REFS.length];
		String xml = sheet.text();
		switch (variant % 3) {
			case 0 -> {
				Pattern numbered = Pattern.compile("<row\\s[^<>]*?\\br=\"([^\"]*)\"");
				List<MatchResult> rows = matches(numbered, xml, match -> true);
				if (rows.isEmpty()) {
					return setAttribute(sheet, random, variant, " r=\"", new String[] { value });
				}
				MatchResult row = rows.get(random.nextInt(rows.size()));
				sheet.text(xml.substring(0, row.start(1)) + escape(value) + xml.substring(row.end(1)));
				return sheet.name + ": set r of <row r=\"" + row.group(1) + "\"> to \"" + value + "\"";
			}
			case 1 -> {
				return setAttribute(sheet, random, variant, " r=\"", new String[] { value });
			}
			default -> {
				List<MatchResult> rows = matches(Pattern.compile("(?s)<row(\\s[^<>]*)?>.*?</row>"), xml, match -> true);
				MatchResult row = rows.get(random.nextInt(rows.size()));
				String numbered = row.group().replaceFirst("^<row(\\s[^<>]*?)?\\sr=\"[^\"]*\"", "<row$1");
				numbered = numbered.replaceFirst("^<row", "<row r=\"2147483647\"");
				String unnumbered = row.group().replaceFirst("^<row(\\s[^<>]*?)?\\sr=\"[^\"]*\"", "<row$1")
					.replaceAll(" r=\"[A-Z]+\\d+\"", "");
				sheet.text(xml.substring(0, row.start()) + numbered + unnumbered + unnumbered
						+ xml.substring(row.end()));
				return sheet.name + ": numbered a row 2147483647 and added two copies after it without r";
			}
		}
	}

	private static String setCellType(Entry sheet, Random random, int variant) {
		String xml = sheet.text();
		List<MatchResult> cells = matches(Pattern.compile("<c(\\s[^<>]*?)?(/?)>"), xml, match -> true);
		MatchResult cell = cells.get(random.nextInt(cells.size()));
		String type = TYPES[variant % TYPES.length];
		String attributes = cell.group(1) == null ? "" : cell.group(1);
		String changed = attributes.contains(" t=\"") ? attributes.replaceFirst(" t=\"[^\"]*\"", " t=\"" + type + "\"")
				: attributes + " t=\"" + type + "\"";
		sheet.text(xml.substring(0, cell.start()) + "<c" + changed + cell.group(2) + ">" + xml.substring(cell.end()));
		return sheet.name + ": set t of <c" + attributes + "> to \"" + type + "\"";
	}

	private static String sharedStringIndex(List<Entry> entries, Entry sheet, Random random, int variant) {
		Entry sst = find(entries, "xl/sharedStrings.xml");
		int unique = sst == null ? 0 : matches(Pattern.compile("<si[\\s>]"), sst.text(), match -> true).size();
		String count = sst == null ? "0" : attributeOf(sst.text(), "sst", "count");
		String[] indexes = { String.valueOf(unique), count == null ? "1" : count, "-1",
				String.valueOf(unique + 1000), "2147483647", "2147483648", "", "abc", "1.5", " 0 ",
				String.valueOf(Math.max(0, unique - 1)) };
		String index = indexes[variant % indexes.length];
		String xml = sheet.text();
		List<MatchResult> cells = matches(Pattern.compile("<c(\\s[^<>]*?)?(/>|>.*?</c>)"), xml, match -> true);
		List<MatchResult> shared = cells.stream().filter(match -> match.group().contains("t=\"s\"")).toList();
		List<MatchResult> candidates = shared.isEmpty() ? cells : shared;
		MatchResult cell = candidates.get(random.nextInt(candidates.size()));
		String ref = attributeOf(cell.group(), "c", "r");
		String replacement = "<c" + (ref == null ? "" : " r=\"" + ref + "\"") + " t=\"s\"><v>" + index + "</v></c>";
		sheet.text(xml.substring(0, cell.start()) + replacement + xml.substring(cell.end()));
		return sheet.name + ": made cell " + ref + " refer to shared string \"" + index + "\" (the table has "
				+ unique + " strings, count=\"" + count + "\")";
	}

	private static String textForNumber(List<Entry> entries, Entry sheet, Random random, int variant) {
		String value = GARBAGE_NUMBERS[variant % GARBAGE_NUMBERS.length];
		Entry sst = find(entries, "xl/sharedStrings.xml");
		Entry styles = find(entries, "xl/styles.xml");
		int slot = random.nextInt(6);
		if (slot == 0) {
			String xml = sheet.text();
			List<MatchResult> values = matches(Pattern.compile("<v>([^<]*)</v>"), xml, match -> true);
			if (!values.isEmpty()) {
				MatchResult target = values.get(random.nextInt(values.size()));
				sheet.text(xml.substring(0, target.start()) + "<v>" + escape(value) + "</v>"
						+ xml.substring(target.end()));
				return sheet.name + ": set the <v> of <" + elementAt(xml, target.start()) + "> from \""
						+ target.group(1) + "\" to \"" + value + "\"";
			}
		}
		if (slot == 1) {
			return setAttribute(sheet, random, variant, " s=\"", new String[] { value });
		}
		if (slot == 2 && sst != null) {
			return setAttribute(sst, random, variant, random.nextBoolean() ? " count=\"" : " uniqueCount=\"",
					new String[] { value });
		}
		if (slot == 3 && styles != null) {
			String[] attributes = { " numFmtId=\"", " xfId=\"", " fontId=\"", " count=\"", " fillId=\"" };
			return setAttribute(styles, random, variant, attributes[random.nextInt(attributes.length)],
					new String[] { value });
		}
		if (slot == 4) {
			return setAttribute(find(entries, "xl/workbook.xml"), random, variant, " sheetId=\"",
					new String[] { value });
		}
		return setAttribute(sheet, random, variant, random.nextBoolean() ? " r=\"" : " spans=\"",
				new String[] { value });
	}

	private static String dropClosingTag(Entry part, Random random, int variant) {
		String xml = part.text();
		switch (variant % 4) {
			case 0 -> {
				List<MatchResult> ends = matches(END_TAG, xml, match -> true);
				if (!ends.isEmpty()) {
					MatchResult end = ends.get(random.nextInt(ends.size()));
					part.text(xml.substring(0, end.start()) + xml.substring(end.end()));
					return part.name + ": dropped closing tag " + end.group() + " at offset " + end.start();
				}
				return part.name + ": no closing tag (unchanged)";
			}
			case 1 -> {
				List<MatchResult> ends = matches(END_TAG, xml, match -> true);
				if (!ends.isEmpty()) {
					MatchResult last = ends.get(ends.size() - 1);
					part.text(xml.substring(0, last.start()) + xml.substring(last.end()));
					return part.name + ": dropped the last closing tag " + last.group();
				}
				return part.name + ": no closing tag (unchanged)";
			}
			case 2 -> {
				int at = random.nextInt(xml.length());
				part.text(xml.substring(0, at));
				return part.name + ": cut the XML after " + at + " of " + xml.length() + " characters";
			}
			default -> {
				int at = xml.indexOf('>', random.nextInt(xml.length()));
				if (at < 0) {
					at = xml.lastIndexOf('>');
				}
				part.text(xml.substring(0, at) + xml.substring(at + 1));
				return part.name + ": deleted the '>' at offset " + at;
			}
		}
	}

	private static String doctypeOrEntity(Entry part, Random random, int variant) {
		String xml = part.text();
		String root = rootName(xml);
		String[] doctypes = { "<!DOCTYPE " + root + " [<!ENTITY e \"Name\">]>",
				"<!DOCTYPE " + root + " [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"" + "&a;".repeat(10) + "\">"
						+ "<!ENTITY c \"" + "&b;".repeat(10) + "\"><!ENTITY e \"" + "&c;".repeat(10) + "\">]>",
				"<!DOCTYPE " + root + " [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
				"<!DOCTYPE " + root + ">",
				"<!DOCTYPE " + root + " SYSTEM \"http://127.0.0.1:9/skillgap-fuzz.dtd\">" };
		String[] references = { "&e;", "&undefined;", "&#0;", "&#xD800;", "&#x1F600;", "&#65;", "&lt;", "&amp;amp;",
				"&#99999999;", "&" };
		int choice = variant % (doctypes.length + references.length);
		String reference = choice < doctypes.length ? "&e;" : references[choice - doctypes.length];
		List<MatchResult> texts = matches(TEXT, xml, match -> !match.group(1).isBlank());
		if (!texts.isEmpty()) {
			MatchResult text = texts.get(random.nextInt(texts.size()));
			xml = xml.substring(0, text.start(1)) + reference + xml.substring(text.end(1));
		}
		if (choice < doctypes.length) {
			xml = insertAfterDeclaration(xml, doctypes[choice]);
			part.text(xml);
			return part.name + ": inserted " + abbreviate(doctypes[choice])
					+ (texts.isEmpty() ? "" : " and replaced a text by &e;");
		}
		part.text(xml);
		return part.name + ": replaced a text by the reference " + reference;
	}

	private static String sheetStates(Entry workbook, Random random, int variant) {
		String xml = workbook.text();
		String[] how = { "every sheet visible", "every sheet hidden", "one sheet veryHidden", "one sheet state=bogus",
				"one sheet state=VISIBLE", "one sheet state=\"\"", "every state attribute removed", "states swapped" };
		int choice = variant % how.length;
		List<MatchResult> sheets = matches(Pattern.compile("<sheet\\s[^<>]*?/?>"), xml, match -> true);
		MatchResult one = sheets.get(random.nextInt(sheets.size()));
		String changed = switch (choice) {
			case 0 -> replaceEachSheet(xml, tag -> withAttribute(tag, "state", "visible"));
			case 1 -> replaceEachSheet(xml, tag -> withAttribute(tag, "state", "hidden"));
			case 2 -> replaceOne(xml, one, withAttribute(one.group(), "state", "veryHidden"));
			case 3 -> replaceOne(xml, one, withAttribute(one.group(), "state", "bogus"));
			case 4 -> replaceOne(xml, one, withAttribute(one.group(), "state", "VISIBLE"));
			case 5 -> replaceOne(xml, one, withAttribute(one.group(), "state", ""));
			case 6 -> xml.replaceAll("\\sstate=\"[^\"]*\"", "");
			default -> replaceEachSheet(xml, tag -> tag.contains("state=\"hidden\"")
					? withAttribute(tag, "state", "visible") : withAttribute(tag, "state", "hidden"));
		};
		workbook.text(changed);
		return workbook.name + ": " + how[choice]
				+ (choice >= 2 && choice <= 5 ? " (" + attributeOf(one.group(), "sheet", "name") + ")" : "");
	}

	private static String duplicateSheetNames(Entry workbook, Random random, int variant) {
		String xml = workbook.text();
		List<MatchResult> sheets = matches(Pattern.compile("<sheet\\s[^<>]*?/?>"), xml, match -> true);
		MatchResult first = sheets.get(0);
		MatchResult last = sheets.get(sheets.size() - 1);
		String name = attributeOf(first.group(), "sheet", "name");
		return workbook.name + ": " + switch (variant % 7) {
			case 6 -> {
				MatchResult one = sheets.get(random.nextInt(sheets.size()));
				workbook.text(replaceOne(xml, one, one.group().replaceFirst("\\sname=\"[^\"]*\"", "")));
				yield "removed the name of sheet '" + attributeOf(one.group(), "sheet", "name") + "'";
			}
			case 0 -> {
				workbook.text(replaceOne(xml, last, withAttribute(last.group(), "name", name)));
				yield "named the last sheet '" + name + "' like the first";
			}
			case 1 -> {
				workbook.text(xml.substring(0, first.end()) + first.group() + xml.substring(first.end()));
				yield "repeated the first <sheet> element";
			}
			case 2 -> {
				workbook.text(replaceEachSheet(xml, tag -> withAttribute(tag, "name", "Skills")));
				yield "named every sheet 'Skills'";
			}
			case 3 -> {
				MatchResult one = sheets.get(random.nextInt(sheets.size()));
				workbook.text(replaceOne(xml, one, withAttribute(one.group(), "name", "")));
				yield "gave sheet '" + attributeOf(one.group(), "sheet", "name") + "' an empty name";
			}
			case 4 -> {
				MatchResult one = sheets.get(random.nextInt(sheets.size()));
				workbook.text(replaceOne(xml, one, withAttribute(one.group(), "name", "x".repeat(300))));
				yield "gave sheet '" + attributeOf(one.group(), "sheet", "name") + "' a 300-character name";
			}
			default -> {
				workbook.text(replaceEachSheet(xml, tag -> withAttribute(tag, "name",
						"Sk'ills!" + attributeOf(tag, "sheet", "sheetId"))));
				yield "put ' and ! in every sheet name";
			}
		};
	}

	private static String emptySheetList(Entry workbook, int variant) {
		String xml = workbook.text();
		return workbook.name + ": " + switch (variant % 5) {
			case 0 -> {
				workbook.text(xml.replaceAll("(?s)<sheets>.*</sheets>", "<sheets/>"));
				yield "emptied the sheet list (<sheets/>)";
			}
			case 1 -> {
				workbook.text(xml.replaceAll("(?s)<sheets>.*</sheets>", ""));
				yield "removed the <sheets> element";
			}
			case 2 -> {
				workbook.text(xml.replaceAll("\\sr:id=\"[^\"]*\"", ""));
				yield "removed every sheet's r:id";
			}
			case 3 -> {
				workbook.text(xml.replaceAll("\\sr:id=\"[^\"]*\"", " r:id=\"rId999\""));
				yield "pointed every sheet's r:id at rId999, which does not exist";
			}
			default -> {
				workbook.text(xml.replaceAll("(?s)<sheets>.*</sheets>",
						"<sheets><sheet name=\"Skills\" sheetId=\"1\"/></sheets>"));
				yield "left one sheet without r:id";
			}
		};
	}

	private static String relationships(List<Entry> entries, Random random, int variant) {
		Entry rels = find(entries, "xl/_rels/workbook.xml.rels");
		Entry root = find(entries, "_rels/.rels");
		Entry types = find(entries, "[Content_Types].xml");
		Pattern relationship = Pattern.compile("<Relationship\\s[^<>]*?/?>");
		switch (variant % 8) {
			case 0, 1, 2, 3 -> {
				String[] targets = { "nonexistent.xml", "/xl/worksheets/../../../../etc/passwd",
						"http://127.0.0.1:9/sheet.xml\" TargetMode=\"External", "" };
				String target = targets[variant % 8];
				List<MatchResult> found = matches(relationship, rels.text(),
						match -> match.group().matches(".*(worksheet|sharedStrings|styles).*"));
				MatchResult one = found.get(random.nextInt(found.size()));
				rels.text(replaceOne(rels.text(), one,
						one.group().replaceFirst("Target=\"[^\"]*\"", "Target=\"" + target + "\"")));
				return rels.name + ": pointed " + attributeOf(one.group(), "Relationship", "Target") + " at \""
						+ target + "\"";
			}
			case 4 -> {
				List<MatchResult> found = matches(relationship, rels.text(), match -> true);
				MatchResult one = found.get(random.nextInt(found.size()));
				rels.text(replaceOne(rels.text(), one,
						one.group().replaceFirst("Type=\"[^\"]*\"", "Type=\"urn:skillgap:fuzz\"")));
				return rels.name + ": changed the type of " + attributeOf(one.group(), "Relationship", "Target");
			}
			case 5 -> {
				root.text(root.text().replaceFirst("Target=\"[^\"]*workbook.xml\"", "Target=\"xl/missing.xml\""));
				return root.name + ": pointed the office document at xl/missing.xml";
			}
			case 6 -> {
				types.text(types.text().replace("spreadsheetml.worksheet+xml", "spreadsheetml.chartsheet+xml"));
				return types.name + ": declared every worksheet a chartsheet";
			}
			default -> {
				types.text(types.text().replaceAll("<Default Extension=\"xml\"[^>]*/>", "")
					.replaceAll("<Override PartName=\"/xl/(sharedStrings|styles).xml\"[^>]*/>", ""));
				return types.name + ": removed the xml default and the shared strings and styles content types";
			}
		}
	}

	private static String encoding(Entry part, Random random, int variant) {
		String xml = part.text();
		switch (variant % 7) {
			case 0, 1, 2 -> {
				String encoding = new String[] { "UTF-16", "ISO-8859-1", "bogus" }[variant % 7];
				String declaration = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>";
				part.text(xml.startsWith("<?xml") ? declaration + xml.substring(xml.indexOf("?>") + 2)
						: declaration + xml);
				return part.name + ": declared encoding " + encoding;
			}
			case 3, 4 -> {
				String character = variant % 7 == 3 ? "\u0000" : "\uFFFE";
				List<MatchResult> texts = matches(TEXT, xml, match -> true);
				int at = texts.isEmpty() ? xml.length() / 2 : texts.get(random.nextInt(texts.size())).start(1);
				part.text(xml.substring(0, at) + character + xml.substring(at));
				return part.name + ": inserted U+" + HEX.toHexDigits(character.charAt(0)) + " at offset " + at;
			}
			default -> {
				byte[] bytes = variant % 7 == 5 ? new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }
						: new byte[] { (byte) 0xFF };
				int at = random.nextInt(part.data.length);
				part.data = splice(part.data, at, 0, bytes);
				return part.name + ": inserted the invalid UTF-8 bytes " + HEX.formatHex(bytes) + " at byte " + at;
			}
		}
	}

	private static String repeat(List<Entry> entries, Entry sheet, Random random, int variant) {
		String xml = sheet.text();
		switch (variant % 7) {
			case 5 -> {
				Entry sst = find(entries, "xl/sharedStrings.xml");
				if (sst == null) {
					return repeat(entries, sheet, random, 6);
				}
				String attribute = random.nextBoolean() ? " uniqueCount=\"" : " count=\"";
				return setAttribute(sst, random, variant, attribute, new String[] { "2147483647" });
			}
			case 6 -> {
				String[] refs = { "A1:XFD1048576", "A1:ZZZZZZ99999999999", "A1:A2147483647" };
				String ref = refs[random.nextInt(refs.length)];
				if (!xml.contains("<dimension ")) {
					sheet.text(xml.replaceFirst("<sheetData", "<dimension ref=\"" + ref + "\"/><sheetData"));
				}
				else {
					sheet.text(xml.replaceFirst("<dimension ref=\"[^\"]*\"", "<dimension ref=\"" + ref + "\""));
				}
				return sheet.name + ": made the dimension say " + ref;
			}
			case 0 -> {
				List<MatchResult> rows = matches(Pattern.compile("(?s)<row(\\s[^<>]*)?>.*?</row>"), xml, match -> true);
				MatchResult row = rows.get(random.nextInt(rows.size()));
				String cells = row.group()
					.replaceAll("(?s)^<row[^>]*>|</row>$", "")
					.replaceAll(" r=\"[A-Z]+\\d+\"", "");
				String many = cells.repeat(Math.max(1, 600 / Math.max(1, countOf(cells, "<c"))));
				sheet.text(xml.substring(0, row.start()) + row.group().replace("</row>", many + "</row>")
						+ xml.substring(row.end()));
				return sheet.name + ": appended about 600 cells without r to a row";
			}
			case 1 -> {
				List<MatchResult> rows = matches(Pattern.compile("(?s)<row(\\s[^<>]*)?>.*?</row>"), xml, match -> true);
				MatchResult row = rows.get(rows.size() - 1);
				String copy = row.group().replaceAll(" r=\"[A-Z]*\\d+\"", "");
				sheet.text(xml.substring(0, row.end()) + copy.repeat(1500) + xml.substring(row.end()));
				return sheet.name + ": repeated the last row 1500 times without r";
			}
			case 2 -> {
				Entry sst = find(entries, "xl/sharedStrings.xml");
				if (sst == null) {
					return repeat(entries, sheet, random, 3);
				}
				String text = sst.text();
				int at = text.indexOf("<si>");
				sst.text(text.substring(0, at) + "<si><t>Name</t></si>".repeat(5000) + text.substring(at));
				return sst.name + ": put 5000 extra strings in front of the table";
			}
			case 3 -> {
				List<MatchResult> values = matches(Pattern.compile("<v>[^<]*</v>|<t>[^<]*</t>"), xml, match -> true);
				MatchResult value = values.get(random.nextInt(values.size()));
				int depth = 5000;
				String nested = "<x>".repeat(depth) + "1" + "</x>".repeat(depth);
				sheet.text(xml.substring(0, value.start()) + value.group().replaceFirst(">[^<]*<", ">" + nested + "<")
						+ xml.substring(value.end()));
				return sheet.name + ": nested 5000 elements inside a cell value";
			}
			default -> {
				Entry styles = find(entries, "xl/styles.xml");
				if (styles == null) {
					return repeat(entries, sheet, random, 0);
				}
				String text = styles.text();
				int at = text.indexOf("</styleSheet>");
				int depth = 3000;
				styles.text(text.substring(0, at) + "<extLst>".repeat(depth) + "</extLst>".repeat(depth)
						+ text.substring(at));
				return styles.name + ": nested 3000 <extLst> elements";
			}
		}
	}

	// ---------------------------------------------------------------- csv

	static Mutant csv(byte[] seed, long caseSeed) {
		Random random = new Random(caseSeed);
		byte[] data = seed.clone();
		List<String> steps = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int step = 0; step < count; step++) {
			int kind = step == 0 ? (int) Math.floorMod(caseSeed, 8L) : random.nextInt(8);
			int variant = random.nextInt(1000);
			switch (kind) {
				case 0 -> {
					String[] specials = { ",", ";", "\t", "\"", "\r", "\n", "\r\n", "\"\"" };
					int n = 1 + random.nextInt(8);
					List<String> inserted = new ArrayList<>();
					for (int i = 0; i < n; i++) {
						String special = specials[random.nextInt(specials.length)];
						int at = random.nextInt(data.length + 1);
						data = splice(data, at, 0, special.getBytes(StandardCharsets.UTF_8));
						inserted.add(visible(special) + "@" + at);
					}
					steps.add("inserted " + String.join(", ", inserted));
				}
				case 1 -> {
					List<Integer> fieldStarts = new ArrayList<>();
					fieldStarts.add(0);
					for (int i = 0; i < data.length; i++) {
						if (data[i] == ',' || data[i] == ';' || data[i] == '\t' || data[i] == '\n') {
							fieldStarts.add(i + 1);
						}
					}
					int at = switch (variant % 3) {
						case 0 -> fieldStarts.get(random.nextInt(fieldStarts.size()));
						case 1 -> data.length;
						default -> random.nextInt(data.length + 1);
					};
					data = splice(data, at, 0, new byte[] { '"' });
					steps.add("inserted an unbalanced quote at " + at);
				}
				case 2 -> {
					int n = 1 + random.nextInt(4);
					List<Integer> at = new ArrayList<>();
					for (int i = 0; i < n; i++) {
						int where = random.nextInt(data.length + 1);
						data = splice(data, where, 0, new byte[] { 0 });
						at.add(where);
					}
					steps.add("inserted NUL bytes at " + at);
				}
				case 3 -> {
					byte[][] sequences = { HEX.parseHex("ff"), HEX.parseHex("c3"), HEX.parseHex("c0af"),
							HEX.parseHex("eda080"), HEX.parseHex("f4908080"), HEX.parseHex("e282"), HEX.parseHex("80"),
							HEX.parseHex("feff") };
					byte[] sequence = sequences[variant % sequences.length];
					int at = random.nextBoolean() ? data.length : random.nextInt(data.length + 1);
					data = splice(data, at, 0, sequence);
					steps.add("inserted the invalid UTF-8 bytes " + HEX.formatHex(sequence) + " at " + at);
				}
				case 4 -> {
					String line = switch (variant % 5) {
						case 0 -> "x".repeat(33_000);
						case 1 -> "Long Line;" + "y".repeat(32_000);
						case 2 -> ";".repeat(600) + ",".repeat(600);
						case 3 -> "\"" + "quoted\n".repeat(3000) + "\"";
						default -> "a;b\n".repeat(20_000);
					};
					int at = lineStart(data, random);
					data = splice(data, at, 0, (line + "\n").getBytes(StandardCharsets.UTF_8));
					steps.add("inserted a line of " + line.length() + " characters (" + visible(line.substring(0, 12))
							+ "…) at " + at);
				}
				case 5 -> {
					String[] ends = { "\r", "\r\n", "\n", "\n\r" };
					String how;
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					int mode = variant % 3;
					for (byte b : data) {
						if (b == '\n') {
							String end = mode == 0 ? "\r" : ends[random.nextInt(ends.length)];
							out.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
							if (mode == 2) {
								out.writeBytes("\n\n\r\n".getBytes(StandardCharsets.US_ASCII));
							}
						}
						else if (b != '\r') {
							out.write(b);
						}
					}
					how = new String[] { "every line end made \\r", "line ends mixed \\r, \\r\\n, \\n, \\n\\r",
							"line ends mixed, with blank lines after each" }[mode];
					data = out.toByteArray();
					steps.add(how);
				}
				case 6 -> {
					byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
					boolean hasBom = data.length >= 3 && Arrays.equals(Arrays.copyOf(data, 3), bom);
					switch (variant % 4) {
						case 0 -> {
							data = hasBom ? Arrays.copyOfRange(data, 3, data.length) : data;
							steps.add("removed the BOM");
						}
						case 1 -> {
							data = splice(data, 0, 0, bom);
							steps.add("added a BOM in front");
						}
						case 2 -> {
							int at = random.nextInt(data.length + 1);
							data = splice(data, at, 0, bom);
							steps.add("inserted a BOM at " + at);
						}
						default -> {
							data = splice(data, 0, hasBom ? 3 : 0, new byte[] { (byte) 0xFF, (byte) 0xFE });
							steps.add("replaced the start by a UTF-16 BOM");
						}
					}
				}
				default -> {
					String text = new String(data, StandardCharsets.ISO_8859_1);
					String[][] swaps = { { ";", "," }, { ",", ";" }, { ";", "\t" }, { "\"", "" }, { "Name", "Nme" },
							{ "\n", ";\n" } };
					String[] swap = swaps[variant % swaps.length];
					data = text.replace(swap[0], swap[1]).getBytes(StandardCharsets.ISO_8859_1);
					steps.add("replaced every " + visible(swap[0]) + " by " + visible(swap[1]));
				}
			}
		}
		return new Mutant(data, String.join("; then ", steps));
	}

	private static int lineStart(byte[] data, Random random) {
		int at = random.nextInt(data.length + 1);
		while (at > 0 && data[at - 1] != '\n') {
			at--;
		}
		return at;
	}

	// ---------------------------------------------------------------- text helpers

	private record MatchResult(int start, int end, String group, String[] groups, int[] starts, int[] ends) {

		String group(int i) {
			return this.groups[i];
		}

		int start(int i) {
			return this.starts[i];
		}

		int end(int i) {
			return this.ends[i];
		}

	}

	private static List<MatchResult> matches(Pattern pattern, String text, Predicate<MatchResult> filter) {
		List<MatchResult> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			String[] groups = new String[matcher.groupCount() + 1];
			int[] starts = new int[groups.length];
			int[] ends = new int[groups.length];
			for (int i = 0; i < groups.length; i++) {
				groups[i] = matcher.group(i);
				starts[i] = matcher.start(i);
				ends[i] = matcher.end(i);
			}
			MatchResult match = new MatchResult(matcher.start(), matcher.end(), matcher.group(), groups, starts, ends);
			if (filter.test(match)) {
				found.add(match);
			}
		}
		return found;
	}

	private static String attributeOf(String xml, String element, String attribute) {
		Matcher matcher = Pattern.compile("<" + Pattern.quote(element) + "\\s[^<>]*?\\b" + Pattern.quote(attribute)
				+ "=\"([^\"]*)\"").matcher(xml);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static String withAttribute(String tag, String attribute, String value) {
		String pattern = "\\s" + Pattern.quote(attribute) + "=\"[^\"]*\"";
		String replacement = " " + attribute + "=\"" + Matcher.quoteReplacement(escape(value)) + "\"";
		if (Pattern.compile(pattern).matcher(tag).find()) {
			return tag.replaceFirst(pattern, replacement);
		}
		int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
		return tag.substring(0, end) + replacement + tag.substring(end);
	}

	private static String replaceEachSheet(String xml, UnaryOperator<String> change) {
		Matcher matcher = Pattern.compile("<sheet\\s[^<>]*?/?>").matcher(xml);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(change.apply(matcher.group())));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String replaceOne(String xml, MatchResult match, String replacement) {
		return xml.substring(0, match.start()) + replacement + xml.substring(match.end());
	}

	private static String elementAt(String xml, int at) {
		int open = xml.lastIndexOf('<', at);
		Matcher matcher = Pattern.compile("<([\\w:.-]+)").matcher(xml);
		return open >= 0 && matcher.find(open) ? matcher.group(1) + describeRef(xml, open) : "?";
	}

	private static String describeRef(String xml, int open) {
		String tag = xml.substring(open, Math.max(open, xml.indexOf('>', open)));
		Matcher matcher = Pattern.compile("\\sr=\"([^\"]*)\"").matcher(tag);
		return matcher.find() ? " r=\"" + matcher.group(1) + "\"" : "";
	}

	private static String rootName(String xml) {
		Matcher matcher = START_TAG.matcher(xml);
		return matcher.find() ? matcher.group(1) : "root";
	}

	private static String insertAfterDeclaration(String xml, String insert) {
		if (xml.startsWith("<?xml")) {
			int end = xml.indexOf("?>") + 2;
			return xml.substring(0, end) + insert + xml.substring(end);
		}
		return insert + xml;
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static String escape(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;");
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 57) + "…" : text;
	}

	private static String visible(String text) {
		return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
	}

}
