package com.skillgap.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import com.skillgap.mail.MailLog;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.store.QuarterHistory;

/**
 * The pages: sign in, upload a sheet, follow its run, the teams with their reports per quarter, the matrix, and the
 * template. Everything a page shows about a team is checked against {@link TeamAccess} first.
 */
@ConditionalOnWebApplication
@Controller
class PageController {

	private final UploadService uploads;

	private final RunReports runs;

	private final TeamAccess access;

	private final QuarterHistory history;

	private final ReportDownloads downloads;

	private final Matrix matrix;

	private final MailLog mailLog;

	/** How many of the latest messages the deliveries page lists. */
	private static final int DELIVERIES_SHOWN = 500;

	PageController(UploadService uploads, RunReports runs, TeamAccess access, QuarterHistory history,
			ReportDownloads downloads, Matrix matrix, MailLog mailLog) {
		this.uploads = uploads;
		this.runs = runs;
		this.access = access;
		this.history = history;
		this.downloads = downloads;
		this.matrix = matrix;
		this.mailLog = mailLog;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String upload(Model model, Authentication user) {
		model.addAttribute("myTeams", this.access.limitedTo(user).map(teams -> teams.stream().sorted().toList())
			.orElse(List.of()));
		return "upload";
	}

	@PostMapping("/uploads")
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "managers", required = false) String managers, Authentication user) {
		try {
			long id = this.uploads.accept(file, team, managers, user);
			return new ModelAndView("redirect:/runs/" + id);
		}
		catch (UploadRefused refused) {
			ModelAndView page = new ModelAndView("upload-refused");
			page.addObject("message", refused.getMessage());
			page.setStatus(refused.status());
			return page;
		}
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable("id") long id, Model model, Authentication user) {
		model.addAttribute("run", this.runs.visibleTo(user, id));
		return "run";
	}

	@GetMapping("/teams")
	String teams(Model model, Authentication user) {
		model.addAttribute("teams",
				this.history.teams().stream().filter(team -> this.access.canSee(user, team.teamId())).toList());
		return "teams";
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

	/** The delivery log, newest first: for admins, who see every team. */
	@GetMapping("/deliveries")
	String deliveries(Model model, Authentication user) {
		if (!this.access.isAdmin(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin sees every team's deliveries.");
		}
		model.addAttribute("messages", this.mailLog.latest(DELIVERIES_SHOWN));
		return "deliveries";
	}

	@GetMapping("/matrix")
	String matrix(Model model) {
		Map<String, List<Responsibility>> areas = new LinkedHashMap<>();
		for (Responsibility responsibility : this.matrix.responsibilities()) {
			areas.computeIfAbsent(responsibility.area(), area -> new ArrayList<>()).add(responsibility);
		}
		model.addAttribute("matrix", this.matrix);
		model.addAttribute("areas", areas);
		return "matrix";
	}

}
