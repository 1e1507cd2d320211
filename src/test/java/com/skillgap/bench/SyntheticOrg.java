package com.skillgap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;
import com.skillgap.matrix.Responsibility;

/**
 * Writes a synthetic organisation of {@link SyntheticPeople} as {@code org-<N>.xlsx} (streamed with POI's SXSSF, in
 * constant memory, its text in the shared-strings table as Excel writes it) and {@code org-<N>.csv}, with a Team
 * column and the built-in matrix's responsibility names as headers.
 */
final class SyntheticOrg {

	static final long DEFAULT_SEED = 20261126L;

	static final List<String> IDENTITY = List.of("Name", "Email", "Team", "Current role", "Target role",
			"Manager email", "Assessment date");

	private final Matrix matrix;

	SyntheticOrg(Matrix matrix) {
		this.matrix = matrix;
	}

	static SyntheticOrg withBuiltInMatrix() throws IOException {
		try (InputStream input = SyntheticOrg.class.getResourceAsStream("/matrices/cloud-devops.yaml")) {
			return new SyntheticOrg(MatrixLoader.load(input, "matrices/cloud-devops.yaml"));
		}
	}

	static Path xlsx(Path folder, int people) {
		return folder.resolve("org-" + people + ".xlsx");
	}

	static Path csv(Path folder, int people) {
		return folder.resolve("org-" + people + ".csv");
	}

	/** Writes both files of {@code people} people into {@code folder}. */
	void write(Path folder, int people, long seed) throws IOException {
		Files.createDirectories(folder);
		writeXlsx(xlsx(folder, people), people, seed);
		writeCsv(csv(folder, people), people, seed);
	}

	private List<String> header() {
		List<String> header = new ArrayList<>(IDENTITY);
		this.matrix.responsibilities().stream().map(Responsibility::name).forEach(header::add);
		return header;
	}

	private void writeXlsx(Path file, int people, long seed) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
		try (OutputStream out = Files.newOutputStream(partial)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			SXSSFSheet sheet = workbook.createSheet("Skills");
			List<String> header = header();
			Row headerRow = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				headerRow.createCell(c).setCellValue(header.get(c));
			}
			SyntheticPeople rows = new SyntheticPeople(this.matrix, people, seed);
			for (int r = 1; rows.hasNext(); r++) {
				SyntheticPeople.Row person = rows.next();
				Row row = sheet.createRow(r);
				text(row, 0, person.name());
				text(row, 1, person.email());
				text(row, 2, person.team());
				text(row, 3, person.role());
				text(row, 4, person.targetRole());
				text(row, 5, person.managerEmail());
				Cell assessed = row.createCell(6);
				assessed.setCellValue(person.assessedOn());
				assessed.setCellStyle(date);
				for (int i = 0; i < person.ratings().size(); i++) {
					Object rating = person.ratings().get(i);
					if (rating instanceof Integer level) {
						row.createCell(IDENTITY.size() + i).setCellValue(level);
					}
					else if (rating != null) {
						row.createCell(IDENTITY.size() + i).setCellValue(rating.toString());
					}
				}
			}
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private void writeCsv(Path file, int people, long seed) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			out.write(String.join(",", header().stream().map(SyntheticOrg::quoted).toList()));
			out.write("\r\n");
			SyntheticPeople rows = new SyntheticPeople(this.matrix, people, seed);
			while (rows.hasNext()) {
				SyntheticPeople.Row person = rows.next();
				List<String> cells = new ArrayList<>(List.of(blank(person.name()), person.email(), person.team(),
						person.role(), blank(person.targetRole()), person.managerEmail(),
						person.assessedOn().toString()));
				person.ratings().forEach(rating -> cells.add((rating == null) ? "" : rating.toString()));
				out.write(String.join(",", cells.stream().map(SyntheticOrg::quoted).toList()));
				out.write("\r\n");
			}
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static String blank(String value) {
		return (value == null) ? "" : value;
	}

	private static String quoted(String value) {
		return (value.contains(",") || value.contains("\"")) ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
