package com.skillgap.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import com.skillgap.batch.LiveInstances;
import com.skillgap.batch.QuarterLabel;
import com.skillgap.batch.RunParameters;
import com.skillgap.batch.SkillgapProperties;
import com.skillgap.batch.UploadRunStatus;
import com.skillgap.intake.DataIssue;
import com.skillgap.intake.TeamIdentity;
import com.skillgap.store.Upload;
import com.skillgap.store.UploadLog;

/**
 * Takes an uploaded sheet: checks who may upload for which team and what the file is from its content, keeps it under
 * {@code <data>/uploads/} with a generated name, records it, and runs the gap analysis on it in the background. The
 * run imports only the rows of the uploader's teams (all teams for an admin).
 */
@ConditionalOnWebApplication
@Service
public class UploadService {

	private static final Logger logger = LoggerFactory.getLogger(UploadService.class);

	/** What the uploader reads when the run fails for a reason of the service's own (the log has the details). */
	static final String RUN_FAILED = UploadRunStatus.RUN_FAILED;

	/** The job parameter that ties a run to its upload, so its progress can be found while it runs. */
	static final String UPLOAD_ID = RunParameters.UPLOAD_ID;

	private final UploadLog uploads;

	private final TeamAccess access;

	private final JobOperator jobOperator;

	private final Job gapAnalysisJob;

	private final SkillgapProperties properties;

	private final TaskExecutor runs;

	private final Path uploadFolder;

	private final LiveInstances instances;

	private final Clock clock = Clock.systemDefaultZone();

	UploadService(UploadLog uploads, TeamAccess access, JobOperator jobOperator, Job gapAnalysisJob,
			SkillgapProperties properties, @Qualifier(WebRunConfiguration.UPLOAD_RUNS) TaskExecutor runs,
			@Value("${skillgap.data:data}") String dataFolder, LiveInstances instances) {
		this.uploads = uploads;
		this.instances = instances;
		this.access = access;
		this.jobOperator = jobOperator;
		this.gapAnalysisJob = gapAnalysisJob;
		this.properties = properties;
		this.runs = runs;
		this.uploadFolder = Path.of(dataFolder, "uploads");
	}

	/** A team name longer than this makes a team id longer than the database keeps. */
	private static final int MAX_TEAM_NAME = 200;

	/** The managers' emails, as typed, at most this long. */
	private static final int MAX_MANAGERS = 2000;

	/** A plausible email address: something, an at sign, a domain with a dot. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

	/** Accepts the upload and starts its run; returns the run id. */
	public long accept(MultipartFile file, String team, String managers, Authentication user) throws UploadRefused {
		Optional<Set<String>> limitedTo = this.access.limitedTo(user);
		String teamName = blankToNull(team);
		if (teamName != null && teamName.length() > MAX_TEAM_NAME) {
			throw new UploadRefused(HttpStatus.BAD_REQUEST,
					"The team name is longer than " + MAX_TEAM_NAME + " characters: use a shorter one.");
		}
		String managerList = managers(managers);
		if (limitedTo.isPresent()) {
			if (limitedTo.get().isEmpty()) {
				throw new UploadRefused(HttpStatus.FORBIDDEN, "You have no teams to upload for: ask an admin to add "
						+ "your teams to your Skillgap user.");
			}
			if (teamName != null && !limitedTo.get().contains(TeamIdentity.idOf(teamName))) {
				throw new UploadRefused(HttpStatus.FORBIDDEN, "'" + DataIssue.clip(teamName)
						+ "' is not one of your teams (" + String.join(", ", limitedTo.get().stream().sorted().toList())
						+ ").");
			}
		}
		if (file == null || file.isEmpty()) {
			throw new UploadRefused(HttpStatus.BAD_REQUEST, "Choose a spreadsheet to upload (.xlsx, .xls or .csv).");
		}
		String clientName = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		String storedName = store(file, clientName);
		String displayName = DataIssue.clip(baseName(clientName));
		String quarter = QuarterLabel.of(LocalDate.now(this.clock));
		long id = this.uploads.record(storedName, displayName, teamName, managerList, user.getName(),
				limitedTo.orElse(null), this.clock.instant(), quarter, this.instances.self());
		submit(this.uploads.find(id).orElseThrow());
		return id;
	}

	/**
	 * Queues the run of an upload: the one just received, or one queued by a process that died before running it.
	 * A sheet without a team column belongs to the team given, else to the uploader's only team, else to one named
	 * after the file; rows of teams the uploader may not upload for are rejected.
	 */
	void submit(Upload upload) {
		RunParameters run = new RunParameters(upload.quarter(),
				List.of(this.uploadFolder.resolve(upload.storedName()).toString()), this.properties.reports(),
				upload.defaultTeam(), this.clock.instant(), upload.allowedTeams());
		this.runs.execute(() -> run(upload.id(), run));
	}

	/** The managers' emails, separated by commas or semicolons, each checked; {@code null} when none are given. */
	private static String managers(String managers) throws UploadRefused {
		String given = blankToNull(managers);
		if (given == null) {
			return null;
		}
		if (given.length() > MAX_MANAGERS) {
			throw new UploadRefused(HttpStatus.BAD_REQUEST,
					"The managers' emails are longer than " + MAX_MANAGERS + " characters: name fewer managers.");
		}
		List<String> emails = Arrays.stream(given.split("[,;]")).map(String::strip).filter(email -> !email.isEmpty())
			.toList();
		for (String email : emails) {
			if (!EMAIL.matcher(email).matches()) {
				throw new UploadRefused(HttpStatus.BAD_REQUEST, "'" + DataIssue.clip(email)
						+ "' is not an email address: separate the managers' emails with commas.");
			}
		}
		return String.join(", ", emails);
	}

	private String store(MultipartFile file, String clientName) throws UploadRefused {
		try {
			byte[] head;
			try (InputStream input = file.getInputStream()) {
				head = input.readNBytes(UploadedSheetKind.HEAD_BYTES);
			}
			String storedName = UUID.randomUUID() + "." + UploadedSheetKind.extension(head, clientName);
			Files.createDirectories(this.uploadFolder);
			try (InputStream input = file.getInputStream()) {
				Files.copy(input, this.uploadFolder.resolve(storedName), StandardCopyOption.REPLACE_EXISTING);
			}
			return storedName;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the upload could not be stored", ex);
		}
	}

	/** Runs the upload's job; {@link UploadRunStatus} keeps the upload's status. */
	private void run(long id, RunParameters run) {
		try {
			this.jobOperator.start(this.gapAnalysisJob, run.toUploadJobParameters(id));
		}
		catch (JobExecutionAlreadyRunningException | JobInstanceAlreadyCompleteException ex) {
			// started by another process already (it took the upload up, or restarts its cut-off run)
			logger.info("The run of upload {} is another process's: {}", id, ex.getMessage());
		}
		catch (Exception ex) {
			logger.error("The run of upload {} failed", id, ex);
			this.uploads.finished(id, false, RUN_FAILED);
		}
	}

	/** The last part of a client's file name, whatever separators it used. */
	private static String baseName(String clientName) {
		String name = clientName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		return name.isBlank() ? "upload" : name;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
