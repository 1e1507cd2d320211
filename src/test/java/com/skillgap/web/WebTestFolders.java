package com.skillgap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh folder for a web test's data and reports, made before the application starts, which reads it. */
final class WebTestFolders {

	private WebTestFolders() {
	}

	/** Points the application's data and reports at the folder. */
	static void register(DynamicPropertyRegistry registry, Path folder) {
		registry.add("skillgap.data", () -> folder.resolve("data").toString());
		registry.add("skillgap.reports", () -> folder.resolve("reports").toString());
	}

	static Path create(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
