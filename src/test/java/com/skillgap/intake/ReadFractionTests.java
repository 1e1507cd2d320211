package com.skillgap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How far a run's files are read, for progress: by bytes in a CSV, by the declared dimension in an .xlsx. */
class ReadFractionTests {

	@TempDir
	private Path folder;

	@Test
	void aSheetsDimensionGivesItsLastRow() {
		assertThat(SheetDimension.lastRow("A1:AF1200")).isEqualTo(1200);
		assertThat(SheetDimension.lastRow("B7")).isEqualTo(7);
		assertThat(SheetDimension.lastRow("A1:XFD")).isZero();
		assertThat(SheetDimension.lastRow(null)).isZero();
	}

	@Test
	void theShareReadGrowsToOneOverTheRunsFilesWeighedByTheirSize() throws Exception {
		Path csv = this.folder.resolve("big.csv");
		StringBuilder text = new StringBuilder("Name,Team,Docker\n");
		for (int row = 0; row < 20_000; row++) {
			text.append("Person ").append(row).append(",Team,").append(row % 5).append('\n');
		}
		Files.writeString(csv, text);
		Path xlsx = Path.of("input/platform-team.xlsx");
		List<InputFile> files = InputFiles.expand(List.of(csv.toString(), xlsx.toString()));
		try (SkillSheetReader reader = new SkillSheetReader(files, IntakeFixtures.MATRIX, IntakeLimits.DEFAULT,
				null)) {
			assertThat(reader.fractionRead()).isZero();
			assertThat(reader.fileCount()).isEqualTo(2);
			double previous = 0;
			double halfway = Double.NaN;
			int items = 0;
			for (IntakeItem item = reader.next(); item != null; item = reader.next()) {
				double read = reader.fractionRead();
				assertThat(read).isBetween(previous, 1.0);
				previous = read;
				if (++items == 10_000) {
					halfway = read;
					assertThat(reader.fileNumber()).isEqualTo(1);
				}
			}
			assertThat(halfway).isBetween(0.3, 0.7);
			assertThat(reader.fileNumber()).isEqualTo(2);
			assertThat(reader.fractionRead()).isEqualTo(1.0);
		}
	}

}
