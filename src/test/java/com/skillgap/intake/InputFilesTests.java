package com.skillgap.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The "Folders" rules of {@code input-format.md}: which files of a folder are read, in which order, named how. */
class InputFilesTests {

	@TempDir
	Path folder;

	@Test
	void aFolderGivesItsRegularFilesInPlainCharacterOrderWithoutHiddenFilesLockFilesAndSubFolders() throws Exception {
		for (String name : List.of("b.xlsx", "B.csv", "a.csv", ".hidden.csv", "~$b.xlsx", "notes.txt", "Équipe.csv")) {
			Files.writeString(this.folder.resolve(name), "x");
		}
		Files.createDirectory(this.folder.resolve("older"));
		Files.writeString(this.folder.resolve("older/c.csv"), "x");
		String input = this.folder.toString();

		List<InputFile> files = InputFiles.expand(List.of(input));

		assertThat(files).extracting(InputFile::index, InputFile::displayPath)
			.containsExactly(tuple(0, input + "/B.csv"), tuple(1, input + "/a.csv"), tuple(2, input + "/b.xlsx"),
					tuple(3, input + "/notes.txt"), tuple(4, input + "/Équipe.csv"));
	}

	@Test
	void filesAndFoldersKeepTheOrderOfTheArgumentsAndAFileIsNamedAsGiven() throws Exception {
		Path sub = Files.createDirectory(this.folder.resolve("in"));
		Files.writeString(sub.resolve("z.csv"), "x");
		Files.writeString(sub.resolve("y.csv"), "x");
		Path single = Files.writeString(this.folder.resolve("first.csv"), "x");

		List<InputFile> files = InputFiles.expand(List.of(single.toString(), sub + "/"));

		assertThat(files).extracting(InputFile::displayPath)
			.containsExactly(single.toString(), sub + "/y.csv", sub + "/z.csv");
	}

}
