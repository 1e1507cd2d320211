package com.skillgap.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import com.skillgap.template.InputTemplate;
import com.skillgap.matrix.Matrix;

/**
 * {@code --template=FILE.xlsx} (or {@code skillgap.template}): writes the blank input template of the configured
 * matrix, prints where, and sets the exit status — 0 written, 1 not. No analysis runs, with or without
 * {@code --once}.
 */
@Component
class TemplateCommand implements ApplicationRunner, ExitCodeGenerator {

	static final int WRITTEN = 0;

	static final int NOT_WRITTEN = 1;

	private static final String OPTION = "template";

	private final SkillgapProperties properties;

	private final Matrix matrix;

	private final PrintStream out;

	private int exitCode = WRITTEN;

	TemplateCommand(SkillgapProperties properties, Matrix matrix) {
		this.properties = properties;
		this.matrix = matrix;
		this.out = System.out;
	}

	/**
	 * The file the template is asked for, if it is: the {@code --template} option, else the property. An option given
	 * without a value is still a request (for a file with no name), so that it fails instead of running an analysis.
	 */
	static Optional<String> requested(ApplicationArguments args, SkillgapProperties properties) {
		if (args.containsOption(OPTION)) {
			List<String> values = args.getOptionValues(OPTION);
			return Optional.of(values.isEmpty() ? "" : values.getLast());
		}
		return Optional.ofNullable(properties.template());
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<String> file = requested(args, this.properties);
		if (file.isPresent()) {
			this.exitCode = write(file.get().strip());
		}
	}

	private int write(String file) {
		if (file.isEmpty()) {
			this.out.println("Skillgap: --template needs a file name, e.g. --template=skills-template.xlsx.");
			return NOT_WRITTEN;
		}
		if (!file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			this.out.println("Skillgap: the template is an Excel workbook; give it a name ending in .xlsx, e.g. --"
					+ OPTION + "=skills-template.xlsx.");
			return NOT_WRITTEN;
		}
		try {
			Path path = Path.of(file);
			Path folder = path.toAbsolutePath().getParent();
			if (folder != null && !Files.isDirectory(folder)) {
				return notWritten(file, "the folder " + folder + " does not exist");
			}
			new InputTemplate(this.matrix).write(path);
		}
		catch (InvalidPathException ex) {
			return notWritten(file, "that is not a valid file name (" + ex.getReason() + ")");
		}
		catch (IOException ex) {
			return notWritten(file, reason(ex));
		}
		this.out.println("Template written to " + file);
		return WRITTEN;
	}

	private int notWritten(String file, String reason) {
		this.out.println("Skillgap: could not write the template to " + file + ": " + reason + ".");
		return NOT_WRITTEN;
	}

	private static String reason(IOException ex) {
		return switch (ex) {
			case AccessDeniedException denied -> "permission denied";
			case NoSuchFileException missing -> "its folder does not exist";
			case FileSystemException other when other.getReason() != null -> other.getReason().toLowerCase(Locale.ROOT);
			default -> ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		};
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
