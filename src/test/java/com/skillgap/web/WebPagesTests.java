package com.skillgap.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.skillgap.mail.LoggedMessage;
import com.skillgap.mail.MailLog;
import com.skillgap.schedule.QuarterlyRuns;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.UploadLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages: sign-in with CSRF, the upload form, the run page, the teams page and page downloads, each checked
 * against who may see what, and the deliveries page where an admin sends a failed report mail again. Ana manages
 * platform-team, Ben delivery-team, root is an admin. No SMTP server is configured: messages go to the outbox.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:web-page-tests;hsqldb.tx=mvcc")
@TestPropertySource("classpath:web-test-users.properties")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTests {

	private static final Path folder = WebTestFolders.create("web-page-tests");

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		WebTestFolders.register(registry, folder);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UploadLog uploads;

	@Autowired
	private MailLog mailLog;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private QuarterlyRuns quarterlyRuns;

	@Autowired
	private QuarterHistory history;

	private long anasRun;

	private String quarter;

	@BeforeAll
	void anaUploadsHerSheet() throws Exception {
		String location = this.mvc.perform(multipart("/uploads").file(sheet("input/platform-team.xlsx"))
			.param("team", "platform-team")
			.with(ana())
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/runs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.anasRun = Long.parseLong(location.substring("/runs/".length()));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (!this.uploads.find(this.anasRun).orElseThrow().finished()) {
			assertThat(Instant.now()).isBefore(deadline);
			Thread.sleep(100);
		}
		this.quarter = this.uploads.find(this.anasRun).orElseThrow().quarter();
	}

	@Test
	void everyPageSendsStrangersToSignIn() throws Exception {
		for (String page : new String[] { "/", "/teams", "/matrix", "/runs/" + this.anasRun, "/template.xlsx",
				"/teams/platform-team/reports/" + this.quarter + ".pdf" }) {
			this.mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void signingInNeedsTheFormsCsrfTokenAndTheRightPassword() throws Exception {
		this.mvc.perform(post("/login").param("username", "ana").param("password", "ana-secret"))
			.andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(post("/login").param("username", "ana").param("password", "ana-secret").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(post("/login").param("username", "ana").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anUploadWithoutTheCsrfTokenIsRefusedAndLeadsBackToSignIn() throws Exception {
		long before = this.uploads.latest(1).get(0).id();

		this.mvc.perform(multipart("/uploads").file(sheet("input/platform-team.xlsx")).with(ana()))
			.andExpect(redirectedUrl("/login?expired"));

		assertThat(this.uploads.latest(1).get(0).id()).isEqualTo(before);
		this.mvc.perform(get("/login?expired"))
			.andExpect(content().string(containsString("Your session ended before the form was sent")));
	}

	@Test
	void theUploadPageNamesTheManagersTeams() throws Exception {
		this.mvc.perform(get("/").with(ana()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your teams: <span>platform-team</span>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void theRunPageShowsTheResultAndLinksTheReports() throws Exception {
		this.mvc.perform(get("/runs/" + this.anasRun).with(ana()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("completed")))
			.andExpect(content().string(containsString("11</strong> rows imported")))
			.andExpect(content().string(containsString("/teams/platform-team/reports/" + this.quarter + ".pdf")))
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))));
	}

	@Test
	void anotherManagersRunTeamAndReportsAreRefused() throws Exception {
		this.mvc.perform(get("/runs/" + this.anasRun).with(ben())).andExpect(status().isForbidden());
		this.mvc.perform(get("/teams/platform-team/reports/" + this.quarter + ".pdf").with(ben()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/teams/platform-team/reports/" + this.quarter + ".xlsx").with(ben()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/teams").with(ben()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("platform-team"))));
		this.mvc.perform(get("/runs/999999").with(ben())).andExpect(status().isNotFound());
	}

	@Test
	void aRefusedPageSaysWhyInWords() throws Exception {
		this.mvc.perform(get("/runs/" + this.anasRun).with(ben()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Not yours to see")))
			.andExpect(content().string(containsString("This run was started by someone else.")));
		this.mvc.perform(get("/runs/not-a-number").with(ben()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no such page")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void theTeamsPageListsTheManagersTeamsWithTheirReports() throws Exception {
		this.mvc.perform(get("/teams").with(ana()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/teams/platform-team/reports/" + this.quarter + ".pdf")));
		this.mvc.perform(get("/teams/platform-team/reports/" + this.quarter + ".pdf").with(ana()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/teams/platform-team/reports/" + this.quarter + ".pdf").with(root()))
			.andExpect(status().isOk());
	}

	@Test
	void theMatrixPageShowsRolesResponsibilitiesRequiredLevelsAndOverlaps() throws Exception {
		this.mvc.perform(get("/matrix").with(ben()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cloud Engineer")))
			.andExpect(content().string(containsString("DevOps Engineer")))
			.andExpect(content().string(containsString("Kubernetes")))
			.andExpect(content().string(containsString("both")));
	}

	@Test
	void aManagerMayNotUploadForAnotherTeamThroughThePage() throws Exception {
		this.mvc.perform(multipart("/uploads").file(sheet("input/delivery-team.csv"))
			.param("team", "delivery-team")
			.with(ana())
			.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("&#39;delivery-team&#39; is not one of your teams (platform-team).")));
	}

	@Test
	void anUnknownPageIsNotFoundInWords() throws Exception {
		this.mvc.perform(get("/nothing-here").with(ana()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no such page: check the address.")));
	}

	@Test
	void theDeliveriesAreListedForAdminsOnly() throws Exception {
		this.mvc.perform(get("/deliveries").with(root()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Deliveries</h1>")))
			.andExpect(content().string(containsString("platform-team")))
			.andExpect(content().string(containsString(">outbox<")));
		this.mvc.perform(get("/").with(root())).andExpect(content().string(containsString("/deliveries")));
		this.mvc.perform(get("/deliveries").with(ana())).andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(ana())).andExpect(content().string(not(containsString("/deliveries"))));
	}

	@Test
	void theScheduleIsShownToAdminsOnlyWithItsCronAndNextFiring() throws Exception {
		this.mvc.perform(get("/schedule").with(root()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Quarterly runs</h1>")))
			.andExpect(content().string(containsString("0 0 6 1 1,4,7,10 *")))
			.andExpect(content().string(containsString("Run now</button>")))
			.andExpect(content().string(containsString("href=\"/deliveries\"")));
		this.mvc.perform(get("/").with(root())).andExpect(content().string(containsString("/schedule")));
		this.mvc.perform(get("/schedule").with(ana())).andExpect(status().isForbidden());
		this.mvc.perform(post("/schedule/runs").param("quarter", "2026-Q4").with(ana()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/schedule/runs").param("quarter", "2026-Q4").with(root()))
			.andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/").with(ana())).andExpect(content().string(not(containsString("/schedule"))));
	}

	@Test
	void anAdminRunsAQuarterNowWithEachTeamsLatestSheet() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/schedule/runs").param("quarter", "2025-q2").with(root()).with(csrf()))
			.andExpect(redirectedUrl("/schedule"))
			.andExpect(flash().attribute("started", containsString("The quarterly run of 2025-Q2 has started")))
			.andReturn();
		this.mvc.perform(get("/schedule").with(root()).flashAttrs(result.getFlashMap()))
			.andExpect(content().string(containsString("The quarterly run of 2025-Q2 has started")));

		QuarterlyRuns.QuarterlyRun run = awaitQuarterlyRun("2025-Q2");
		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.scheduled()).isFalse();
		assertThat(this.history.find("platform-team", "2025-Q2")).isPresent();
		this.mvc.perform(get("/schedule").with(root()))
			.andExpect(content().string(containsString(">2025-Q2<")))
			.andExpect(content().string(containsString(">completed<")));

		this.mvc.perform(post("/schedule/runs").param("quarter", "2025-Q5").with(root()).with(csrf()))
			.andExpect(redirectedUrl("/schedule"))
			.andExpect(flash().attribute("refused", "'2025-Q5' is not a quarter: use the form 2026-Q4."));
	}

	private QuarterlyRuns.QuarterlyRun awaitQuarterlyRun(String quarter) throws InterruptedException {
		for (int wait = 0; wait < 300; wait++) {
			Optional<QuarterlyRuns.QuarterlyRun> run = this.quarterlyRuns.recent(10)
				.stream()
				.filter(candidate -> candidate.quarter().equals(quarter))
				.filter(candidate -> !candidate.status().equals("STARTED") && !candidate.status().equals("STARTING"))
				.findFirst();
			if (run.isPresent()) {
				return run.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the quarterly run of " + quarter + " did not end");
	}

	@Test
	void theResendButtonIsOnFailedMessagesOnly() throws Exception {
		long failed = logged("failed-button@example.com", "failed");
		long sent = logged("sent-button@example.com", "sent");
		List<Long> outbox = this.mailLog.latest(500)
			.stream()
			.filter(message -> message.status().equals("outbox"))
			.map(LoggedMessage::id)
			.toList();
		assertThat(outbox).isNotEmpty();

		String page = this.mvc.perform(get("/deliveries").with(root()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String form = "action=\"/deliveries/" + failed + "/resend\"";
		assertThat(page).contains(form);
		assertThat(page.substring(page.indexOf(form), page.indexOf("</form>", page.indexOf(form))))
			.contains("name=\"_csrf\"", "Resend</button>");
		assertThat(page).doesNotContain("action=\"/deliveries/" + sent + "/resend\"");
		outbox.forEach(id -> assertThat(page).doesNotContain("action=\"/deliveries/" + id + "/resend\""));
	}

	@Test
	void onlyAnAdminResendsAMessageAndOnlyWithTheFormsCsrfToken() throws Exception {
		long failed = logged("refused-resend@example.com", "failed");

		this.mvc.perform(post("/deliveries/" + failed + "/resend").with(ana()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/deliveries/" + failed + "/resend").with(root()))
			.andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(post("/deliveries/999999/resend").with(root()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no such message in the delivery log.")));

		assertThat(this.mailLog.find(failed)).hasValueSatisfying(message -> {
			assertThat(message.status()).isEqualTo("failed");
			assertThat(message.attempts()).isEqualTo(3);
		});
	}

	@Test
	void anAdminsResendGoesOnInTheBackgroundAndThePageSaysSo() throws Exception {
		long failed = logged("resend@example.com", "failed");
		String notice = "Resending the report of platform-team for " + this.quarter
				+ " to resend@example.com: this page shows the outcome.";

		MvcResult result = this.mvc.perform(post("/deliveries/" + failed + "/resend").with(root()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/deliveries"))
			.andExpect(flash().attribute("notice", new ResendNotice(notice, false)))
			.andReturn();
		this.mvc.perform(get("/deliveries").with(root()).flashAttrs(result.getFlashMap()))
			.andExpect(content().string(containsString(notice)));

		// no SMTP server here: the message is written to the outbox, an attempt more
		LoggedMessage resent = awaitOutcome(failed);
		assertThat(resent.status()).isEqualTo("outbox");
		assertThat(resent.attempts()).isEqualTo(4);
		assertThat(resent.file()).isEqualTo(this.quarter + "/outbox/platform-team-" + this.quarter
				+ "-resend@example.com.eml");
		assertThat(folder.resolve("reports").resolve(resent.file())).isRegularFile();
	}

	@Test
	void aResendOfAMessageThatDidNotFailIsRefusedWithAReason() throws Exception {
		long sent = logged("already-sent@example.com", "sent");

		this.mvc.perform(post("/deliveries/" + sent + "/resend").with(root()).with(csrf()))
			.andExpect(redirectedUrl("/deliveries"))
			.andExpect(flash().attribute("notice", new ResendNotice("The report of platform-team for " + this.quarter
					+ " to already-sent@example.com was sent already: only a failed message is sent again.", true)));

		assertThat(this.mailLog.find(sent)).hasValueSatisfying(message -> {
			assertThat(message.status()).isEqualTo("sent");
			assertThat(message.attempts()).isEqualTo(3);
		});
	}

	@Test
	void theTemplateIsDownloadedFromThePages() throws Exception {
		this.mvc.perform(get("/template.xlsx").with(ben()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ReportDownloads.XLSX));
	}

	@Test
	void aPdfUploadedThroughThePageIsRefusedWithAReason() throws Exception {
		MockMultipartFile pdf = new MockMultipartFile("file", "team.xlsx", "application/pdf",
				"%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		this.mvc.perform(multipart("/uploads").file(pdf).with(ana()).with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("The file is a PDF")));
	}

	/** A message of platform-team's quarter in the delivery log, as a run left it after three attempts. */
	private long logged(String recipient, String status) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("INSERT INTO mail_message (team_id, quarter_label, recipient, status, attempts, last_error, "
				+ "created_at, claimed_at, sent_at) VALUES ('platform-team', ?, ?, ?, 3, ?, ?, ?, ?)", this.quarter,
				recipient, status, status.equals("failed") ? "Mail server connection failed" : null, now, now,
				status.equals("sent") ? now : null);
		return this.mailLog.find("platform-team", this.quarter, recipient).orElseThrow().id();
	}

	/** The message once the background resend is done with it. */
	private LoggedMessage awaitOutcome(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		LoggedMessage message = this.mailLog.find(id).orElseThrow();
		while (message.status().equals("pending")) {
			assertThat(Instant.now()).isBefore(deadline);
			Thread.sleep(20);
			message = this.mailLog.find(id).orElseThrow();
		}
		return message;
	}

	private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor ana() {
		return user("ana").roles("MANAGER");
	}

	private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor ben() {
		return user("ben").roles("MANAGER");
	}

	private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor root() {
		return user("root").roles("ADMIN");
	}

	private static MockMultipartFile sheet(String sample) throws Exception {
		return new MockMultipartFile("file", Path.of(sample).getFileName().toString(), "application/octet-stream",
				Files.readAllBytes(Path.of(sample)));
	}

}
