package com.skillgap.web;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The service on a real port, driven by a real browser: Debian's headless Chromium through its chromedriver (both
 * installed by {@code .ci/run} when missing; the test is skipped on a machine without them). A manager signs in,
 * uploads a sample sheet, waits for the run and downloads the PDF. Screenshots of each page go to
 * {@code target/screenshots/}. An admin resends a failed report mail from the deliveries page. Also over real HTTP: a
 * file over the upload limit is answered 413 with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:hsqldb:mem:browser-tests;hsqldb.tx=mvcc",
				"spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=2MB",
				"skillgap.security.users[0].username=ana", "skillgap.security.users[0].password={noop}ana-secret",
				"skillgap.security.users[0].roles=MANAGER", "skillgap.security.users[0].teams=platform-team",
				"skillgap.security.users[1].username=root", "skillgap.security.users[1].password={noop}root-secret",
				"skillgap.security.users[1].roles=ADMIN" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserEndToEndTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path folder = WebTestFolders.create("browser-tests");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		WebTestFolders.register(registry, folder);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private WebDriver browser;

	private Path downloads;

	@BeforeAll
	void startTheBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		this.downloads = Files.createDirectories(folder.resolve("downloads"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", this.downloads.toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		// the driver Debian installed, named outright, so nothing is looked up or downloaded
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	void stopTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aManagerSignsInUploadsASheetFollowsTheRunAndDownloadsThePdf() throws Exception {
		assumeTrue(this.browser != null, "Chromium and chromedriver are not installed (apt-get install chromium "
				+ "chromium-driver); .ci/run installs them");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(90));

		this.browser.get(url("/"));
		wait.until(ExpectedConditions.urlContains("/login"));
		screenshot("1-sign-in");
		this.browser.findElement(By.id("username")).sendKeys("ana");
		this.browser.findElement(By.id("password")).sendKeys("ana-secret");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file")));
		screenshot("2-upload");
		this.browser.findElement(By.id("file")).sendKeys(Path.of("input/platform-team.xlsx").toAbsolutePath().toString());
		this.browser.findElement(By.id("team")).sendKeys("platform-team");
		this.browser.findElement(By.cssSelector("form[action$='/uploads'] button[type=submit]")).click();

		wait.until(ExpectedConditions.attributeContains(By.id("run-status"), "class", "completed"));
		screenshot("3-run");
		assertThat(this.browser.getPageSource()).contains("11</strong> rows imported");

		this.browser.findElement(By.linkText("PDF report")).click();
		Path pdf = awaitDownload(wait);
		assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

		Path large = folder.resolve("whole-org.xlsx");
		byte[] bytes = new byte[3 * 1024 * 1024];
		new Random(11).nextBytes(bytes);
		Files.write(large, bytes);
		this.browser.get(url("/"));
		this.browser.findElement(By.id("file")).sendKeys(large.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("form[action$='/uploads'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.error")));
		screenshot("3b-too-large");
		assertThat(this.browser.findElement(By.cssSelector(".alert.error")).getText())
			.contains("larger than the", "limit");

		this.browser.get(url("/teams"));
		screenshot("4-teams");
		assertThat(this.browser.getPageSource()).contains("platform-team");
		this.browser.get(url("/matrix"));
		screenshot("5-matrix");
	}

	@Test
	void anAdminResendsAFailedReportMailFromTheDeliveriesPage() throws Exception {
		assumeTrue(this.browser != null, "Chromium and chromedriver are not installed (apt-get install chromium "
				+ "chromium-driver); .ci/run installs them");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		Timestamp then = Timestamp.from(Instant.parse("2026-07-01T08:00:00Z"));
		this.jdbc.update("INSERT INTO mail_message (team_id, quarter_label, recipient, status, attempts, last_error, "
				+ "created_at, claimed_at) VALUES ('platform-team', '2026-Q3', 'lena.berg@example.com', 'failed', 3, "
				+ "'Mail server connection failed; nested exception is: Connection refused', ?, ?)", then, then);
		this.browser.manage().deleteAllCookies();
		try {
			signInAsAdmin(wait);

			this.browser.get(url("/deliveries"));
			screenshot("6-deliveries");
			this.browser.findElement(By.cssSelector("form[action$='/resend'] button[type=submit]")).click();

			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert")));
			screenshot("7-deliveries-resending");
			assertThat(this.browser.findElement(By.cssSelector(".alert")).getText()).isEqualTo("Resending the report "
					+ "of platform-team for 2026-Q3 to lena.berg@example.com: this page shows the outcome.");
		}
		finally {
			this.browser.manage().deleteAllCookies();
		}
	}

	@Test
	void anAdminRunsAQuarterNowFromTheSchedulePage() throws Exception {
		assumeTrue(this.browser != null, "Chromium and chromedriver are not installed (apt-get install chromium "
				+ "chromium-driver); .ci/run installs them");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		this.browser.manage().deleteAllCookies();
		try {
			signInAsAdmin(wait);

			this.browser.get(url("/schedule"));
			screenshot("8-schedule");
			this.browser.findElement(By.id("quarter")).clear();
			this.browser.findElement(By.id("quarter")).sendKeys("2026-Q2");
			this.browser.findElement(By.cssSelector("form[action$='/schedule/runs'] button[type=submit]")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert")));
			assertThat(this.browser.findElement(By.cssSelector(".alert")).getText())
				.startsWith("The quarterly run of 2026-Q2 has started");
			wait.until(driver -> {
				driver.navigate().refresh();
				return driver.getPageSource().contains(">completed<");
			});
			screenshot("9-schedule-run-done");
		}
		finally {
			this.browser.manage().deleteAllCookies();
		}
	}

	@Test
	void aFileOverTheUploadLimitIsAnswered413WithAReason() throws Exception {
		byte[] large = new byte[3 * 1024 * 1024];
		new Random(7).nextBytes(large);
		String boundary = "----skillgap-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + large.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(large, 0, body, head.length, large.length);
		System.arraycopy(tail, 0, body, head.length + large.length, tail.length);

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/uploads")))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("ana:ana-secret".getBytes()))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("larger than the limit of 1 MB");
	}

	private Path awaitDownload(WebDriverWait wait) throws IOException {
		wait.until(driver -> {
			File[] files = this.downloads.toFile().listFiles((dir, name) -> name.endsWith(".pdf"));
			return files != null && files.length > 0;
		});
		try (var files = Files.list(this.downloads)) {
			return files.filter(file -> file.toString().endsWith(".pdf")).findFirst().orElseThrow();
		}
	}

	/** Signs in as the admin and waits for the upload page. */
	private void signInAsAdmin(WebDriverWait wait) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("root");
		this.browser.findElement(By.id("password")).sendKeys("root-secret");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file")));
	}

	private void screenshot(String name) throws IOException {
		Path shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
