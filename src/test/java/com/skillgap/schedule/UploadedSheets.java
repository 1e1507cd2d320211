package com.skillgap.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ApplicationContext;

import com.skillgap.batch.RunParameters;
import com.skillgap.store.Upload;
import com.skillgap.store.UploadLog;

/**
 * Sheets uploaded at given instants, each run as the service runs an upload (its own report mail left out), so a
 * quarterly run has latest sheets to choose from.
 */
final class UploadedSheets {

	private final UploadLog uploads;

	private final JobOperator jobOperator;

	private final Job job;

	private final Path uploadFolder;

	private final Path reports;

	UploadedSheets(ApplicationContext context, Path dataFolder, Path reports) throws Exception {
		this.uploads = context.getBean(UploadLog.class);
		this.jobOperator = context.getBean(JobOperator.class);
		this.job = context.getBean("gapAnalysisJob", Job.class);
		this.uploadFolder = Files.createDirectories(dataFolder.resolve("uploads"));
		this.reports = reports;
	}

	/** Uploads the sheet for the team, by a manager mailed with it, at the instant; returns the upload's id. */
	long upload(Path sheet, String team, String manager, Instant at) throws Exception {
		String name = sheet.getFileName().toString();
		String stored = UUID.randomUUID() + name.substring(name.lastIndexOf('.'));
		Files.copy(sheet, this.uploadFolder.resolve(stored));
		long id = this.uploads.record(stored, name, team, manager, "admin", at, "2026-Q4");
		Upload upload = this.uploads.find(id).orElseThrow();
		JobExecution execution = this.jobOperator.start(this.job,
				new RunParameters(upload.quarter(), List.of(this.uploadFolder.resolve(stored).toString()),
						this.reports.toString(), upload.defaultTeam(), Instant.now())
					.withMail(false)
					.toUploadJobParameters(id));
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("the upload's run failed: " + execution.getExitStatus());
		}
		return id;
	}

	/** A sheet of the team with the given number of people, every level 2, in a file of the folder. */
	static Path teamSheet(Path folder, String fileName, String team, int people) throws Exception {
		String header = Files.readAllLines(Path.of("input/delivery-team.csv")).get(0);
		String[] columns = header.split(",");
		List<String> lines = new ArrayList<>(List.of("Name,Team," + String.join(",",
				Arrays.asList(columns).subList(7, columns.length))));
		for (int person = 1; person <= people; person++) {
			lines.add(team + " member " + person + "," + team + ",2".repeat(columns.length - 7));
		}
		return Files.write(Files.createDirectories(folder).resolve(fileName), lines);
	}

}
