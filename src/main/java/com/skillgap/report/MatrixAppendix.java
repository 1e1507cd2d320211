package com.skillgap.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPRow;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;
import com.skillgap.matrix.ScaleLevel;

/**
 * The last pages of a team PDF: the matrix the team was measured against, so a reader can check every required
 * level and weight behind the figures without the matrix file. Its id and version, the roles, the proficiency scale,
 * and one table per area with each responsibility's weight, the level each role requires, and its description.
 * <p>
 * These pages are the same in every report of a matrix, and laying out their tables took about a tenth of writing a
 * team's PDF: they are laid out once per matrix on each thread ({@link #laidOnce}), and each report places a copy of
 * every page under its own running header, page number and bookmark ({@link LaidPages#placeIn}).
 */
final class MatrixAppendix {

	static final String TITLE = "Appendix: The matrix used";

	/** The last matrix laid out on this thread: a run has one matrix. */
	private static final ThreadLocal<LaidPages> LAID = new ThreadLocal<>();

	private static final String BLANK = "—";

	private final Matrix matrix;

	private final PdfFonts fonts;

	private final PdfFlow flow;

	/** The aliases under a description: smaller than the cell text, so they read as an aside. */
	private final Font aliasFont;

	MatrixAppendix(Matrix matrix, PdfFonts fonts, PdfFlow flow) {
		this.matrix = matrix;
		this.fonts = fonts;
		this.flow = flow;
		this.aliasFont = new Font(fonts.cellMuted);
		this.aliasFont.setSize(7);
	}

	/** The appendix of {@code matrix}, laid out on this thread before, or now. */
	static LaidPages laidOnce(Matrix matrix) {
		LaidPages laid = LAID.get();
		if (laid == null || laid.matrix() != matrix) {
			laid = new LaidPages(matrix, layOut(matrix));
			LAID.set(laid);
		}
		return laid;
	}

	/** The appendix alone, as a PDF of the reports' page size and margins, without running header or page numbers. */
	private static byte[] layOut(Matrix matrix) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = TeamReportPdf.newDocument();
		PdfWriter writer = PdfWriter.getInstance(document, pdf);
		PdfFonts fonts = new PdfFonts();
		document.open();
		new MatrixAppendix(matrix, fonts, new PdfFlow(document, writer, fonts, new ReportOutline())).write();
		document.close();
		return pdf.toByteArray();
	}

	/** The appendix of a matrix, laid out. */
	record LaidPages(Matrix matrix, byte[] pdf) {

		/** Adds a copy of each page after what the flow has, each on an A4 page, bookmarked as the appendix. */
		void placeIn(PdfFlow flow) {
			try {
				flow.copiedPages(new PdfReader(this.pdf), TITLE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the matrix appendix laid out before could not be read back", ex);
			}
		}

	}

	private void write() {
		this.flow.section(TITLE);
		this.flow.note("The responsibilities, required levels and weights every figure in this report is measured "
				+ "against.");
		PdfReportTable facts = new PdfReportTable(this.fonts, new float[] { 30, 70 });
		facts.text("Matrix").text(this.matrix.id());
		facts.text("Version").text(this.matrix.version());
		facts.text("Roles").text(this.matrix.roles().stream().map(Role::name).collect(Collectors.joining(", ")));
		facts.text("Responsibilities").text(String.valueOf(this.matrix.responsibilities().size()));
		PdfPTable factsTable = facts.table();
		factsTable.setWidthPercentage(70);
		factsTable.setHorizontalAlignment(Element.ALIGN_LEFT);
		this.flow.add(factsTable);
		scale();
		responsibilities();
	}

	private void scale() {
		this.flow.subheading("Scale");
		PdfReportTable table = new PdfReportTable(this.fonts, new float[] { 8, 20, 72 }, 0).keptTogether();
		table.headings("Level", "Name", "Description");
		for (ScaleLevel level : this.matrix.scale().levels()) {
			table.text(String.valueOf(level.level())).text(level.name());
			if (level.description() == null) {
				table.absent(BLANK);
			}
			else {
				table.text(level.description());
			}
		}
		this.flow.add(table.table());
	}

	private void responsibilities() {
		this.flow.subheading("Responsibilities");
		this.flow.note("Weight: 1 useful, 2 important, 3 critical; a gap's priority is weight × gap. Each role column "
				+ "gives the level the role requires, or " + BLANK + " when the responsibility is not part of the role. "
				+ "\"Also\": other names a skill sheet may use for it.");
		List<Role> roles = this.matrix.roles();
		List<Float> widths = new ArrayList<>(List.of(20f, 14f, 9f));
		List<String> headings = new ArrayList<>(List.of("Responsibility", "Id", "Weight"));
		int[] numeric = new int[roles.size() + 1];
		numeric[0] = 2;
		for (int i = 0; i < roles.size(); i++) {
			numeric[i + 1] = headings.size();
			widths.add(9f);
			headings.add(roles.get(i).name());
		}
		widths.add(39f);
		headings.add("Description");
		for (Map.Entry<String, List<Responsibility>> area : byArea().entrySet()) {
			PdfReportTable table = new PdfReportTable(this.fonts, PdfReportTable.widths(widths), numeric)
				.keptTogether();
			table.caption(area.getKey());
			table.headings(headings.toArray(String[]::new));
			for (Responsibility responsibility : area.getValue()) {
				table.text(responsibility.name())
					.text(responsibility.id())
					.text(String.valueOf(responsibility.weight()));
				for (Role role : roles) {
					int required = responsibility.requiredBy(role.id());
					if (required > 0) {
						table.text(String.valueOf(required));
					}
					else {
						table.absent(BLANK);
					}
				}
				if (responsibility.description() == null) {
					table.absent(BLANK);
				}
				else {
					table.text(responsibility.description());
				}
				withAliases(table.table(), responsibility.aliases());
			}
			this.flow.add(table.table());
		}
	}

	/**
	 * Adds the aliases, in small grey type, under the description in the row just completed: they are the other
	 * headers a skill sheet may use for the responsibility.
	 */
	private void withAliases(PdfPTable table, List<String> aliases) {
		if (aliases.isEmpty()) {
			return;
		}
		PdfPRow row = table.getRow(table.size() - 1);
		PdfPCell[] cells = row.getCells();
		PdfPCell description = cells[cells.length - 1];
		description.getPhrase().add(new Chunk("\nAlso: " + String.join(", ", aliases), this.aliasFont));
	}

	/** The responsibilities grouped by area, areas in the order they first appear in the matrix. */
	private Map<String, List<Responsibility>> byArea() {
		Map<String, List<Responsibility>> byArea = new LinkedHashMap<>();
		for (Responsibility responsibility : this.matrix.responsibilities()) {
			byArea.computeIfAbsent(responsibility.area(), area -> new ArrayList<>()).add(responsibility);
		}
		return byArea;
	}

}
