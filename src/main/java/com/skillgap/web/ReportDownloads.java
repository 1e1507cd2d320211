package com.skillgap.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import com.skillgap.matrix.Matrix;
import com.skillgap.template.InputTemplate;

/** The files the pages and the API hand out: a team's reports, to those who may see the team, and the template. */
@ConditionalOnWebApplication
@Component
class ReportDownloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportFiles files;

	private final TeamAccess access;

	private final Matrix matrix;

	ReportDownloads(ReportFiles files, TeamAccess access, Matrix matrix) {
		this.files = files;
		this.access = access;
		this.matrix = matrix;
	}

	ResponseEntity<Resource> pdf(Authentication user, String teamId, String quarter) {
		allowed(user, teamId);
		return file(this.files.pdf(teamId, quarter), MediaType.APPLICATION_PDF);
	}

	ResponseEntity<Resource> workbook(Authentication user, String teamId, String quarter) {
		allowed(user, teamId);
		return file(this.files.workbook(teamId, quarter), XLSX);
	}

	ResponseEntity<Resource> template() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new InputTemplate(this.matrix).write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("skillgap-template.xlsx").build().toString())
			.body(new ByteArrayResource(out.toByteArray()));
	}

	private void allowed(Authentication user, String teamId) {
		if (!this.access.canSee(user, teamId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This team is not one of yours.");
		}
	}

	private static ResponseEntity<Resource> file(Optional<Path> file, MediaType type) {
		Path found = file.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
				"There is no such report: check the team and the quarter."));
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(found.getFileName().toString()).build().toString())
			.body(new FileSystemResource(found));
	}

}
