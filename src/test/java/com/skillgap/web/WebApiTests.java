package com.skillgap.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.skillgap.mail.LoggedMessage;
import com.skillgap.batch.LiveInstances;
import com.skillgap.mail.MailLog;
import com.skillgap.mail.MailOccasion;
import com.skillgap.store.Upload;
import com.skillgap.store.UploadLog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API through the whole application: HTTP Basic, uploads that run the real job, run status, the teams and
 * reports each user may see, and refusals as problem JSON. Ana manages platform-team, Ben delivery-team, root is an
 * admin, nemo a manager without teams.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:web-api-tests;hsqldb.tx=mvcc")
@TestPropertySource("classpath:web-test-users.properties")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTests {

	/** Made before the application starts, which needs it for its properties. */
	private static final Path folder = WebTestFolders.create("web-api-tests");

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
	private UnfinishedUploads unfinishedUploads;

	@Autowired
	private LiveInstances instances;

	@Autowired
	private JdbcTemplate jdbc;

	private long anasRun;

	private long rootsRun;

	@BeforeAll
	void uploadTheSamples() throws Exception {
		this.anasRun = upload("ana", "ana-secret", "input/platform-team.xlsx", "platform-team");
		this.rootsRun = upload("root", "root-secret", "input/delivery-team.csv", null);
		awaitFinished(this.anasRun);
		awaitFinished(this.rootsRun);
	}

	@Test
	void everyEndpointAsksForSignInWithProblemJson() throws Exception {
		for (String path : List.of("/api/teams", "/api/runs/1", "/api/template.xlsx",
				"/api/teams/platform-team/reports/2026-Q4.pdf")) {
			this.mvc.perform(get(path))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Sign in")));
		}
		this.mvc.perform(get("/api/teams").with(httpBasic("ana", "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Skillgap\""));
		this.mvc.perform(multipart("/api/uploads").file(sheet("input/platform-team.xlsx", "platform-team.xlsx")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/teams/platform-team/reports/2026-Q4.xlsx")).andExpect(status().isUnauthorized());
	}

	@Test
	void anUploadIsAcceptedAndItsRunEndsWithCountsAndReportLinks() throws Exception {
		JsonNode run = json(this.mvc.perform(get("/api/runs/" + this.anasRun).with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(run.get("status").asString()).as(run.path("failure").asString("")).isEqualTo("completed");
		assertThat(run.get("file").asString()).isEqualTo("platform-team.xlsx");
		assertThat(run.get("rows").get("imported").asInt()).isEqualTo(11);
		assertThat(run.get("reports")).hasSize(1);
		assertThat(run.get("reports").get(0).get("pdf").asString()).matches("/api/teams/platform-team/reports/\\d{4}-Q\\d\\.pdf");
	}

	@Test
	void theUploadAnswersAcceptedWithTheRunsUrl() throws Exception {
		MockMultipartFile file = sheet("input/platform-team.xlsx", "platform-team.xlsx");
		MvcResult result = this.mvc.perform(multipart("/api/uploads").file(file).param("team", "platform-team")
			.with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/runs/")))
			.andReturn();
		long id = json(result).get("id").asLong();

		assertThat(json(result).get("url").asString()).isEqualTo("/api/runs/" + id);
		awaitFinished(id);
	}

	@Test
	void anUploadKeepsTheTeamsItsUploaderMayUploadFor() {
		assertThat(this.uploads.find(this.anasRun).orElseThrow().allowedTeams()).containsExactly("platform-team");
		assertThat(this.uploads.find(this.rootsRun).orElseThrow().allowedTeams()).isNull();
	}

	@Test
	void aRunIsSeenByWhoeverStartedItAndByAdminsOnly() throws Exception {
		this.mvc.perform(get("/api/runs/" + this.anasRun).with(httpBasic("ben", "ben-secret")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/runs/" + this.anasRun).with(httpBasic("root", "root-secret")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/runs/" + this.rootsRun).with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/runs/999999").with(httpBasic("root", "root-secret")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no run 999999."));
	}

	@Test
	void eachUserListsOnlyTheTeamsTheyMaySee() throws Exception {
		assertThat(teams("ana", "ana-secret")).containsExactly("platform-team");
		assertThat(teams("ben", "ben-secret")).containsExactly("delivery-team");
		assertThat(teams("root", "root-secret")).contains("platform-team", "delivery-team");
		assertThat(teams("nemo", "nemo-secret")).isEmpty();
	}

	@Test
	void reportsAreDownloadedOnlyByThoseWhoMaySeeTheTeam() throws Exception {
		String quarter = quarterOf(this.anasRun);
		String pdf = "/api/teams/platform-team/reports/" + quarter + ".pdf";
		String xlsx = "/api/teams/platform-team/reports/" + quarter + ".xlsx";

		byte[] body = this.mvc.perform(get(pdf).with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(body, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		this.mvc.perform(get(xlsx).with(httpBasic("ana", "ana-secret"))).andExpect(status().isOk());
		this.mvc.perform(get(pdf).with(httpBasic("root", "root-secret"))).andExpect(status().isOk());
		for (String user : List.of("ben", "nemo")) {
			this.mvc.perform(get(pdf).with(httpBasic(user, user + "-secret"))).andExpect(status().isForbidden());
			this.mvc.perform(get(xlsx).with(httpBasic(user, user + "-secret"))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/teams/platform-team/reports/1999-Q1.pdf").with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/teams/platform-team/reports/latest.pdf").with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTemplateIsAWorkbook() throws Exception {
		byte[] body = this.mvc.perform(get("/api/template.xlsx").with(httpBasic("nemo", "nemo-secret")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ReportDownloads.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith('P', 'K', 3, 4);
	}

	@Test
	void aManagerMayNotUploadForAnotherTeamOrWithoutTeams() throws Exception {
		MockMultipartFile file = sheet("input/platform-team.xlsx", "platform-team.xlsx");
		this.mvc.perform(multipart("/api/uploads").file(file).param("team", "delivery-team")
			.with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("'delivery-team' is not one of your teams (platform-team)."));
		this.mvc.perform(multipart("/api/uploads").file(file).with(httpBasic("nemo", "nemo-secret")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("You have no teams")));
	}

	@Test
	void rowsOfAnotherTeamInAManagersSheetAreRejectedWithTheirReason() throws Exception {
		long id = upload("ana", "ana-secret", "input/cloud-operations.xlsx", null);
		awaitFinished(id);

		JsonNode run = json(this.mvc.perform(get("/api/runs/" + id).with(httpBasic("ana", "ana-secret"))).andReturn());
		assertThat(run.get("rows").get("imported").asInt()).isZero();
		assertThat(run.get("reports")).isEmpty();
		assertThat(run.get("issues").get(run.get("issues").size() - 1).get("message").asString())
			.contains("team 'Cloud Operations' is not one of the teams you may upload for (platform-team)");
	}

	@Test
	void aTeamNameOrManagerListThatCannotBeKeptIsRefusedWithAReason() throws Exception {
		MockMultipartFile file = sheet("input/platform-team.xlsx", "platform-team.xlsx");
		this.mvc.perform(multipart("/api/uploads").file(file).param("team", "x".repeat(201))
			.with(httpBasic("root", "root-secret")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The team name is longer than 200")));
		this.mvc.perform(multipart("/api/uploads").file(file).param("managers", "ana.lima@example.com, not an email")
			.with(httpBasic("root", "root-secret")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'not an email' is not an email address: separate the managers' "
					+ "emails with commas."));
		this.mvc.perform(multipart("/api/uploads").file(file).param("managers", "a@example.com;".repeat(200))
			.with(httpBasic("root", "root-secret")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aSheetWithoutATeamFromAManagerOfOneTeamIsThatTeams() throws Exception {
		long id = json(this.mvc.perform(multipart("/api/uploads").file(sheet("input/platform-team.xlsx", "skills.xlsx"))
			.with(httpBasic("ana", "ana-secret"))).andExpect(status().isAccepted()).andReturn()).get("id").asLong();
		awaitFinished(id);

		JsonNode run = json(this.mvc.perform(get("/api/runs/" + id).with(httpBasic("ana", "ana-secret"))).andReturn());
		assertThat(run.get("rows").get("imported").asInt()).isEqualTo(11);
		assertThat(run.get("reports").get(0).get("team").asString()).isEqualTo("platform-team");
	}

	@Test
	void theManagersEmailsAreKeptWithTheUploadAndMailedTheReport() throws Exception {
		MockMultipartFile file = sheet("input/platform-team.xlsx", "platform-team.xlsx");
		long id = json(this.mvc.perform(multipart("/api/uploads").file(file).param("team", "platform-team")
			.param("managers", " ana.lima@example.com;ricardo.souza@example.com ")
			.with(httpBasic("ana", "ana-secret"))).andExpect(status().isAccepted()).andReturn()).get("id").asLong();
		awaitFinished(id);

		Upload upload = this.uploads.find(id).orElseThrow();
		assertThat(upload.managers()).isEqualTo("ana.lima@example.com, ricardo.souza@example.com");
		// no SMTP server in this test: the messages are in the quarter's outbox
		for (String manager : List.of("ana.lima@example.com", "ricardo.souza@example.com")) {
			LoggedMessage message = this.mailLog
				.find("platform-team", upload.quarter(), MailOccasion.upload(id), manager)
				.orElseThrow();
			assertThat(message.status()).isEqualTo("outbox");
			assertThat(folder.resolve("reports").resolve(message.file())).isRegularFile();
		}
	}

	@Test
	void theFileTypeComesFromTheContentNotTheName() throws Exception {
		MockMultipartFile pdf = new MockMultipartFile("file", "skills.xlsx", "application/octet-stream",
				"%PDF-1.7 not a sheet".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		this.mvc.perform(multipart("/api/uploads").file(pdf).with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The file is a PDF")));
		MockMultipartFile binary = new MockMultipartFile("file", "skills.csv", "text/csv",
				new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0 });
		this.mvc.perform(multipart("/api/uploads").file(binary).with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The file is named .csv but is not text")));
		// a real workbook under another name is read as what it is
		long id = json(this.mvc.perform(multipart("/api/uploads").file(sheet("input/platform-team.xlsx", "skills.pdf"))
			.param("team", "platform-team")
			.with(httpBasic("ana", "ana-secret"))).andExpect(status().isAccepted()).andReturn()).get("id").asLong();
		awaitFinished(id);
		assertThat(this.uploads.find(id).orElseThrow().storedName()).endsWith(".xlsx");
		assertThat(this.uploads.find(id).orElseThrow().status()).isEqualTo(Upload.COMPLETED);
		MockMultipartFile empty = new MockMultipartFile("file", "skills.xlsx", "application/octet-stream", new byte[0]);
		this.mvc.perform(multipart("/api/uploads").file(empty).with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theClientsFileNameIsNeverUsedAsAPath() throws Exception {
		MockMultipartFile file = sheet("input/platform-team.xlsx", "../../etc/passwd.xlsx");
		long id = json(this.mvc.perform(multipart("/api/uploads").file(file).param("team", "platform-team")
			.with(httpBasic("ana", "ana-secret"))).andExpect(status().isAccepted()).andReturn()).get("id").asLong();
		awaitFinished(id);

		Upload upload = this.uploads.find(id).orElseThrow();
		assertThat(upload.originalName()).isEqualTo("passwd.xlsx");
		assertThat(upload.storedName()).matches("[0-9a-f-]{36}\\.xlsx");
		Path stored = folder.resolve("data").resolve("uploads").resolve(upload.storedName());
		assertThat(stored).exists();
		assertThat(folder.resolve("etc")).doesNotExist();
		// the reports name the sheet as it was uploaded, not by the stored copy's generated name
		assertThat(Files.readString(folder.resolve("reports").resolve(upload.quarter()).resolve("run-summary.json")))
			.contains("\"path\" : \"passwd.xlsx\"")
			.doesNotContain(upload.storedName());
		assertThat(folder.resolve("data").resolve("etc")).doesNotExist();
		try (Stream<Path> files = Files.list(folder.resolve("data").resolve("uploads"))) {
			assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("passwd"));
		}
	}

	@Test
	void anUploadQueuedByAProcessThatDiedIsRunOnceByALiveOne() throws Exception {
		Path uploads = Files.createDirectories(folder.resolve("data").resolve("uploads"));
		Files.copy(Path.of("input/platform-team.xlsx"), uploads.resolve("queued-before-a-crash.xlsx"));
		long id = this.uploads.record("queued-before-a-crash.xlsx", "platform.xlsx", "Platform Team", null, "ana",
				Set.of("platform-team"), Instant.now(), "2026-Q4", "a-process-that-was-killed");
		long waiting = this.uploads.record("x.xlsx", "waiting.xlsx", null, null, "ana", null, Instant.now(), "2026-Q4",
				this.instances.self());

		this.unfinishedUploads.takeUpQueuedUploads();
		awaitFinished(id);
		this.unfinishedUploads.takeUpQueuedUploads();

		Upload upload = this.uploads.find(id).orElseThrow();
		assertThat(upload.status()).isEqualTo(Upload.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = ? "
				+ "AND PARAMETER_VALUE = ?", Integer.class, "uploadId", String.valueOf(id))).isEqualTo(1);
		// still queued in this live process: not taken from it
		assertThat(this.uploads.find(waiting).orElseThrow().status()).isEqualTo(Upload.QUEUED);
		this.mvc.perform(get("/api/runs/" + id).with(httpBasic("ana", "ana-secret")))
			.andExpect(jsonPath("$.status").value("completed"));
	}

	@Test
	void aRunIdThatIsNotANumberIsNotFoundAsProblemJson() throws Exception {
		for (String id : List.of("abc", "99999999999999999999")) {
			this.mvc.perform(get("/api/runs/" + id).with(httpBasic("ana", "ana-secret")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("There is no such run")));
		}
	}

	@Test
	void anUnknownAddressOrWrongMethodIsAnsweredAsProblemJson() throws Exception {
		this.mvc.perform(get("/api/nothing-here").with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/teams")
			.with(httpBasic("ana", "ana-secret")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("This address does not take DELETE; it takes GET."));
	}

	@Test
	void severalUploadsAtOnceAllFinish() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Long>> uploads = List.of(
					() -> upload("ana", "ana-secret", "input/platform-team.xlsx", "platform-team"),
					() -> upload("ben", "ben-secret", "input/delivery-team.csv", "delivery-team"),
					() -> upload("root", "root-secret", "input/cloud-operations.xlsx", null),
					() -> upload("ana", "ana-secret", "input/platform-team.xlsx", "platform-team"));
			List<Long> ids = clients.invokeAll(uploads).stream().map(WebApiTests::result).toList();
			for (long id : ids) {
				awaitFinished(id);
				Upload upload = this.uploads.find(id).orElseThrow();
				assertThat(upload.status()).as("run %d: %s", id, upload.failure()).isEqualTo(Upload.COMPLETED);
			}
			assertThat(ids).doesNotHaveDuplicates();
		}
		finally {
			clients.shutdownNow();
		}
	}

	private long upload(String user, String password, String sample, String team) throws Exception {
		var request = multipart("/api/uploads").file(sheet(sample, Path.of(sample).getFileName().toString()))
			.with(httpBasic(user, password));
		if (team != null) {
			request.param("team", team);
		}
		return json(this.mvc.perform(request).andExpect(status().isAccepted()).andReturn()).get("id").asLong();
	}

	private void awaitFinished(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (!this.uploads.find(id).orElseThrow().finished()) {
			assertThat(Instant.now()).as("run " + id + " finished").isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private String quarterOf(long id) {
		return this.uploads.find(id).orElseThrow().quarter();
	}

	private List<String> teams(String user, String password) throws Exception {
		JsonNode teams = json(this.mvc.perform(get("/api/teams").with(httpBasic(user, password)))
			.andExpect(status().isOk())
			.andReturn()).get("teams");
		return teams.valueStream().map(team -> team.get("team").asString()).toList();
	}

	private static MockMultipartFile sheet(String sample, String clientName) throws Exception {
		return new MockMultipartFile("file", clientName, "application/octet-stream", Files.readAllBytes(Path.of(sample)));
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
	}

	private static <T> T result(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
