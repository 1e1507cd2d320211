package com.skillgap.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the run's inputs into files: a file stands for itself, a folder for every regular file in it in order of
 * file name (plain character order), without hidden files ({@code .name}), Office lock files ({@code ~$name}) and
 * sub-folders.
 */
public final class InputFiles {

	private InputFiles() {
	}

	public static List<InputFile> expand(List<String> inputs) throws IOException {
		List<InputFile> files = new ArrayList<>();
		for (String input : inputs) {
			Path path = Path.of(input);
			if (Files.isDirectory(path)) {
				try (Stream<Path> children = Files.list(path)) {
					for (Path child : children.filter(Files::isRegularFile)
						.filter(InputFiles::isSpreadsheetCandidate)
						.sorted(Comparator.comparing(p -> p.getFileName().toString()))
						.toList()) {
						files.add(new InputFile(files.size(), join(input, child.getFileName().toString()), child));
					}
				}
			}
			else {
				files.add(new InputFile(files.size(), input, path));
			}
		}
		return files;
	}

	private static boolean isSpreadsheetCandidate(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && !name.startsWith("~$");
	}

	private static String join(String folder, String name) {
		return folder.endsWith("/") ? folder + name : folder + "/" + name;
	}

}
