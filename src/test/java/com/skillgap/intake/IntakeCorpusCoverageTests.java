package com.skillgap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps the corpus and its tests together: a file added to the corpus without a test of its own fails here. */
class IntakeCorpusCoverageTests {

	@Test
	@DisplayName("every valid-, rejected- and by-content- file of the corpus has exactly one test, and every test a file")
	void everyCorpusFileHasATestOfItsOwn() throws IOException {
		List<String> files;
		try (Stream<Path> listing = Files.list(IntakeCorpus.FOLDER)) {
			// hostile-* files are tested apart, in a JVM with a small heap
			files = listing.map(path -> path.getFileName().toString())
				.filter(name -> name.startsWith("valid-") || name.startsWith("rejected-")
						|| name.startsWith("by-content-"))
				.toList();
		}
		List<String> tested = IntakeCorpus.TEST_CLASSES.stream()
			.flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
			.filter(method -> method.isAnnotationPresent(Test.class))
			.map(IntakeCorpusCoverageTests::fileNamed)
			.toList();

		assertThat(tested).containsExactlyInAnyOrderElementsOf(files);
	}

	/** A corpus test's display name starts with the name of the file it reads. */
	private static String fileNamed(Method test) {
		DisplayName name = test.getAnnotation(DisplayName.class);
		assertThat(name).as("display name of %s", test).isNotNull();
		return name.value().split(" ", 2)[0];
	}

}
