package com.skillgap.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.skillgap.RunsAsService;
import com.skillgap.batch.QuarterLabel;
import com.skillgap.schedule.QuarterlyCron;
import com.skillgap.schedule.QuarterlyRuns;

/**
 * The schedule page, for admins: when the quarterly run fires and which quarter it analyses next, the latest
 * quarterly runs, and a button that runs a quarter now.
 */
@RunsAsService
@Controller
class SchedulePageController {

	private static final Logger logger = LoggerFactory.getLogger(SchedulePageController.class);

	private static final int RUNS_SHOWN = 40;

	private final QuarterlyCron cron;

	private final QuarterlyRuns runs;

	private final TeamAccess access;

	private final TaskExecutor threads;

	private final Clock clock;

	SchedulePageController(QuarterlyCron cron, QuarterlyRuns runs, TeamAccess access,
			@Qualifier(QuarterlyRuns.THREADS) TaskExecutor threads, Clock clock) {
		this.cron = cron;
		this.runs = runs;
		this.access = access;
		this.threads = threads;
		this.clock = clock;
	}

	@GetMapping("/schedule")
	String schedule(Model model, Authentication user) {
		requireAdmin(user);
		model.addAttribute("cron", this.cron.expression());
		model.addAttribute("zone", this.cron.zone());
		model.addAttribute("next", this.cron.next(this.clock.instant()).orElse(null));
		model.addAttribute("currentQuarter", QuarterLabel.of(LocalDate.now(this.clock)));
		model.addAttribute("runs", this.runs.recent(RUNS_SHOWN));
		return "schedule";
	}

	@PostMapping("/schedule/runs")
	String runNow(@RequestParam(name = "quarter", required = false) String quarter, Authentication user,
			RedirectAttributes redirect) {
		requireAdmin(user);
		String label = (quarter == null) ? "" : quarter.strip().toUpperCase(Locale.ROOT);
		if (!QuarterLabel.isValid(label)) {
			redirect.addFlashAttribute("refused", "'" + label + "' is not a quarter: use the form 2026-Q4.");
			return "redirect:/schedule";
		}
		this.threads.execute(() -> {
			try {
				this.runs.runNow(label, this.clock.instant());
			}
			catch (Exception ex) {
				logger.error("The quarterly run of {} started by {} could not start", label, user.getName(), ex);
			}
		});
		redirect.addFlashAttribute("started", "The quarterly run of " + label + " has started with each team's "
				+ "latest sheet: it is listed below, and its reports are mailed when it ends.");
		return "redirect:/schedule";
	}

	private void requireAdmin(Authentication user) {
		if (!this.access.isAdmin(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin sees and starts quarterly runs.");
		}
	}

}
