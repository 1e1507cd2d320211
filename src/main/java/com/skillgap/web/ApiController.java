package com.skillgap.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.skillgap.store.QuarterHistory;

/**
 * The JSON API, signed in with HTTP Basic: upload a sheet, follow its run, list the teams the caller may see and
 * download their reports, and the blank template. Errors are {@code application/problem+json} ({@link ApiProblems}).
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api")
class ApiController {

	private final UploadService uploads;

	private final RunReports runs;

	private final TeamAccess access;

	private final QuarterHistory history;

	private final ReportDownloads downloads;

	ApiController(UploadService uploads, RunReports runs, TeamAccess access, QuarterHistory history,
			ReportDownloads downloads) {
		this.uploads = uploads;
		this.runs = runs;
		this.access = access;
		this.history = history;
		this.downloads = downloads;
	}

	/** An accepted upload: the run id and where to follow it. */
	record Accepted(long id, String url) {
	}

	/** A team the caller may see, with the quarters it has reports for, latest first. */
	record TeamEntry(String team, String name, List<QuarterEntry> quarters) {
	}

	record QuarterEntry(String quarter, String pdf, String xlsx) {
	}

	@PostMapping("/uploads")
	ResponseEntity<Accepted> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "managers", required = false) String managers, Authentication user)
			throws UploadRefused {
		long id = this.uploads.accept(file, team, managers, user);
		String url = "/api/runs/" + id;
		return ResponseEntity.accepted().location(URI.create(url)).body(new Accepted(id, url));
	}

	@GetMapping("/runs/{id}")
	RunReport run(@PathVariable("id") long id, Authentication user) {
		return this.runs.visibleTo(user, id);
	}

	@GetMapping("/teams")
	Map<String, List<TeamEntry>> teams(Authentication user) {
		List<TeamEntry> teams = this.history.teams()
			.stream()
			.filter(team -> this.access.canSee(user, team.teamId()))
			.map(team -> new TeamEntry(team.teamId(), team.teamName(), team.quarters()
				.stream()
				.map(quarter -> new QuarterEntry(quarter, reportUrl(team.teamId(), quarter, "pdf"),
						reportUrl(team.teamId(), quarter, "xlsx")))
				.toList()))
			.toList();
		return Map.of("teams", teams);
	}

	@GetMapping("/teams/{team}/reports/{quarter}.pdf")
	ResponseEntity<Resource> pdf(@PathVariable("team") String team, @PathVariable("quarter") String quarter,
			Authentication user) {
		return this.downloads.pdf(user, team, quarter);
	}

	@GetMapping("/teams/{team}/reports/{quarter}.xlsx")
	ResponseEntity<Resource> workbook(@PathVariable("team") String team, @PathVariable("quarter") String quarter,
			Authentication user) {
		return this.downloads.workbook(user, team, quarter);
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<Resource> template() {
		return this.downloads.template();
	}

	private static String reportUrl(String team, String quarter, String extension) {
		return "/api/teams/" + team + "/reports/" + quarter + "." + extension;
	}

}
