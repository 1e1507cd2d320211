package com.skillgap.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.skillgap.mail.LoggedMessage;
import com.skillgap.mail.MailLog;
import com.skillgap.mail.ReportMailResends;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.store.QuarterHistory;

/**
 * The pages: sign in, upload a sheet, follow its run, the teams with their reports per quarter, the matrix, and the
 * template; for admins the delivery log, where a failed report mail is sent again. Everything a page shows about a
 * team is checked against {@link TeamAccess} first.
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

	private final ReportMailResends resends;

	/** How many of the latest messages the deliveries page lists. */
	private static final int DELIVERIES_SHOWN = 500;

	PageController(UploadService uploads, RunReports runs, TeamAccess access, QuarterHistory history,
			ReportDownloads downloads, Matrix matrix, MailLog mailLog, ReportMailResends resends) {
		this.uploads = uploads;
		this.runs = runs;
		this.access = access;
		this.history = history;
		this.downloads = downloads;
		this.matrix = matrix;
		this.mailLog = mailLog;
		this.resends = resends;
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
		List<LoggedMessage> messages = this.mailLog.latest(DELIVERIES_SHOWN);
		Set<Long> resendable = messages.stream().filter(this.resends::resendable).map(LoggedMessage::id)
			.collect(Collectors.toSet());
		model.addAttribute("messages", messages);
		model.addAttribute("resendable", resendable);
		return "deliveries";
	}

	/**
	 * Sends a failed message again (with an SMTP server, also one written to the outbox) in the background, and leads
	 * back to the deliveries page with a line saying so, or why not.
	 */
	@PostMapping("/deliveries/{id}/resend")
	String resend(@PathVariable("id") long id, Authentication user, RedirectAttributes redirect) {
		if (!this.access.isAdmin(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin sends a report mail again.");
		}
		LoggedMessage message = this.mailLog.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no such message in the delivery log."));
		ResendNotice notice = this.resends.start(id)
			.map(ResendNotice::started)
			.orElseGet(() -> ResendNotice.refused(this.mailLog.find(id).orElse(message)));
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/deliveries";
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
