package com.skillgap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;

/** {@code --template}: the file it writes, what it prints and its exit status. */
@ExtendWith(OutputCaptureExtension.class)
class TemplateCommandTests {

	private static final Matrix MATRIX = defaultMatrix();

	@TempDir
	private Path folder;

	@Test
	void writesTheTemplateToTheFileTheOptionNamesAndSaysWhere(CapturedOutput output) throws Exception {
		Path file = this.folder.resolve("skills-template.xlsx");
		TemplateCommand command = command(Map.of());

		command.run(new DefaultApplicationArguments("--template=" + file));

		assertThat(command.getExitCode()).isEqualTo(TemplateCommand.WRITTEN);
		assertThat(output).contains("Template written to " + file);
		try (XSSFWorkbook template = new XSSFWorkbook(file.toFile())) {
			assertThat(template.getSheetName(0)).isEqualTo("Skills");
			assertThat(template.getSheetName(1)).isEqualTo("Guide");
		}
	}

	@Test
	void takesTheFileFromThePropertyWhenNoOptionIsGiven(CapturedOutput output) {
		Path file = this.folder.resolve("from-property.xlsx");
		TemplateCommand command = command(Map.of("skillgap.template", file.toString()));

		command.run(new DefaultApplicationArguments());

		assertThat(command.getExitCode()).isEqualTo(TemplateCommand.WRITTEN);
		assertThat(file).isRegularFile();
		assertThat(output).contains("Template written to " + file);
	}

	@Test
	void replacesAnEarlierTemplate() throws Exception {
		Path file = Files.writeString(this.folder.resolve("skills-template.xlsx"), "an old file");
		TemplateCommand command = command(Map.of());

		command.run(new DefaultApplicationArguments("--template=" + file));

		assertThat(command.getExitCode()).isEqualTo(TemplateCommand.WRITTEN);
		try (XSSFWorkbook template = new XSSFWorkbook(file.toFile())) {
			assertThat(template.getNumberOfSheets()).isEqualTo(2);
		}
	}

	@Test
	void exitsWithOneAndNamesTheMissingFolder(CapturedOutput output) {
		Path file = this.folder.resolve("no-such-folder/skills-template.xlsx");
		TemplateCommand command = command(Map.of());

		command.run(new DefaultApplicationArguments("--template=" + file));

		assertThat(command.getExitCode()).isEqualTo(TemplateCommand.NOT_WRITTEN);
		assertThat(file).doesNotExist();
		assertThat(output).contains("Skillgap: could not write the template to " + file + ": the folder "
				+ file.getParent() + " does not exist.");
	}

	@Test
	void exitsWithOneWhenTheFileIsAFolder(CapturedOutput output) {
		TemplateCommand command = command(Map.of());
		Path folderNamedLikeAWorkbook = this.folder.resolve("taken.xlsx");
		assertThat(folderNamedLikeAWorkbook.toFile().mkdir()).isTrue();

		command.run(new DefaultApplicationArguments("--template=" + folderNamedLikeAWorkbook));

		assertThat(command.getExitCode()).isEqualTo(TemplateCommand.NOT_WRITTEN);
		assertThat(output).contains("Skillgap: could not write the template to " + folderNamedLikeAWorkbook + ": ");
	}

	@Test
	void exitsWithOneWhenTheNameIsNotAnXlsxWorkbook(CapturedOutput output) {
		Path file = this.folder.resolve("skills-template.csv");
		TemplateCommand command = command(Map.of());

		command.run(new DefaultApplicationArguments("--template=" + file));

		assertThat(command.getExitCode()).isEqualTo(TemplateCommand.NOT_WRITTEN);
		assertThat(file).doesNotExist();
		assertThat(output).contains("give it a name ending in .xlsx");
	}

	@Test
	void exitsWithOneWhenTheOptionHasNoFileName(CapturedOutput output) {
		TemplateCommand command = command(Map.of());

		command.run(new DefaultApplicationArguments("--template"));

		assertThat(command.getExitCode()).isEqualTo(TemplateCommand.NOT_WRITTEN);
		assertThat(output).contains("--template needs a file name");
	}

	@Test
	void doesNothingWhenNoTemplateIsAskedFor(CapturedOutput output) {
		TemplateCommand command = command(Map.of());

		command.run(new DefaultApplicationArguments("--once"));

		assertThat(command.getExitCode()).isEqualTo(TemplateCommand.WRITTEN);
		assertThat(output).isEmpty();
	}

	/** The command with the properties Spring Boot would bind from these settings. */
	private static TemplateCommand command(Map<String, String> settings) {
		SkillgapProperties properties = new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("skillgap", SkillgapProperties.class);
		return new TemplateCommand(properties, MATRIX);
	}

	private static Matrix defaultMatrix() {
		try (InputStream input = TemplateCommandTests.class
			.getResourceAsStream("/" + MatrixConfiguration.DEFAULT_MATRIX)) {
			return MatrixLoader.load(input, MatrixConfiguration.DEFAULT_MATRIX);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
