package com.skillgap.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.matrix.InvalidMatrixException;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;

/**
 * Loads the matrix once at start-up — the default one, or {@code skillgap.matrix} — so a broken matrix stops the
 * application before any run, with a message naming the entry.
 */
@Configuration(proxyBeanMethods = false)
class MatrixConfiguration {

	static final String DEFAULT_MATRIX = "matrices/cloud-devops.yaml";

	@Bean
	Matrix matrix(SkillgapProperties properties) throws IOException {
		if (properties.matrix() == null || properties.matrix().isBlank()) {
			try (InputStream input = new ClassPathResource(DEFAULT_MATRIX).getInputStream()) {
				return MatrixLoader.load(input, DEFAULT_MATRIX);
			}
		}
		Path path = Path.of(properties.matrix());
		if (!Files.isRegularFile(path)) {
			throw new InvalidMatrixException("Matrix file " + path + " (skillgap.matrix) does not exist");
		}
		try (InputStream input = Files.newInputStream(path)) {
			return MatrixLoader.load(input, path.toString());
		}
	}

	@Bean
	GapAnalysis gapAnalysis(Matrix matrix, SkillgapProperties properties) {
		return new GapAnalysis(matrix, properties.scoringRules());
	}

}
