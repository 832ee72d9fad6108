package org.aanboord.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.aanboord.console.ConsoleTestSupport;
import org.aanboord.console.HubConsoleApplication;
import org.aanboord.console.RunningPlatform;
import org.aanboord.console.devauth.DevAuthorizationServer;
import org.aanboord.endtoend.Platform;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The console in a real headless Chromium, signed in through an authorisation server configured as in the
 * contract, over the five real services, which check the relayed tokens as in production. Each role does its main task; screenshots go to docs/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPlatform.class)
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("../../docs/screenshots");

    private static ConfigurableApplicationContext authorizationServer;
    private static ConfigurableApplicationContext console;
    private static String consoleUrl;
    private static Platform platform;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(apt-get install -y chromium chromium-driver)");
        platform = RunningPlatform.get();
        int authPort = ConsoleTestSupport.freePort();
        int consolePort = ConsoleTestSupport.freePort();
        authorizationServer = DevAuthorizationServer.start(authPort, consolePort);
        String authUrl = "http://localhost:" + authPort;
        String provider = "--spring.security.oauth2.client.provider.aanboord.";
        List<String> args = new ArrayList<>(List.of(RunningPlatform.serviceProperties()));
        args.addAll(List.of("--server.port=" + consolePort,
                "--" + ConsoleTestSupport.CONSOLE_EXCLUSIONS,
                // The issuer the tokens name, as in production; its endpoints are on the test server's free port.
                "--aanboord.console.issuer-uri=" + TestTokens.ISSUER,
                provider + "authorization-uri=" + authUrl + "/oauth2/authorize",
                provider + "token-uri=" + authUrl + "/oauth2/token",
                provider + "jwk-set-uri=" + authUrl + "/oauth2/jwks",
                "--aanboord.console.end-session-uri=" + authUrl + "/connect/logout"));
        console = HubConsoleApplication.start(args.toArray(String[]::new));
        consoleUrl = "http://localhost:" + consolePort;
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
        if (authorizationServer != null) {
            authorizationServer.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--lang=nl-BE");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // The console re-renders parts of a page after a submit: an element found just before is then gone, and
        // the condition is simply asked again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void theCareCoordinatorUploadsACsvWithErrorsAndSeesEveryRefusedRowThenItsPupils() throws Exception {
        signIn("zorg.school1");
        wait.until(ExpectedConditions.urlContains("/school"));
        Path csv = Files.createTempFile("afwezigheden-", ".csv");
        Files.writeString(csv, String.join("\n", List.of("Schoolnummer;Leerling;Rijksregisternummer;Datum;Dagdeel;Code",
                ConsoleTestSupport.registration("lln-browser-1", "05/10/2026", "B"),
                ConsoleTestSupport.registration("lln-browser-1", "06/10/2026", "X"),
                ConsoleTestSupport.registration("lln-browser-1", "10/10/2026", "B"),
                ConsoleTestSupport.registration("lln-browser-1", "07/10/2026", "B"))) + "\n");
        browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();

        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-report")));
        assertThat(report.getText()).contains("Geregistreerd").contains("Geweigerd");
        List<WebElement> refused = report.findElements(By.cssSelector("table.errors tbody tr"));
        assertThat(refused).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).startsWith("3").contains("code").contains("onbekende code"))
                .anySatisfy(row -> assertThat(row).startsWith("4").contains("geen schooldag"));
        screenshot("school-upload-report");

        wait.until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.cssSelector("main table.list tbody tr")).isEmpty();
        });
        screenshot("school-pupils");
    }

    @Test
    @Order(2)
    void theClbWorkerSeesAnAlertArriveAcknowledgesItAndAddsAnActionToTheCase() throws Exception {
        signIn("clb.worker");
        wait.until(ExpectedConditions.urlContains("/inbox"));
        wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('[sse-connect]') && window.htmx !== undefined"));
        int before = browser.findElements(By.cssSelector("#alerts li.waiting")).size();

        String pupil = "lln-live-" + System.nanoTime();
        for (String day : List.of("2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09")) {
            assertThat(platform.post(platform.ingestion, "/api/registrations", """
                    {"schoolId":"school-demo-1","pupilId":"%s","date":"%s","halfDay":"NM","code":"B"}"""
                    .formatted(pupil, day)).statusCode()).isEqualTo(202);
        }
        wait.until(driver -> driver.findElements(By.cssSelector("#alerts li.waiting")).size() > before);
        screenshot("clb-inbox-live");
        WebElement arrived = browser.findElement(By.cssSelector("#alerts li.waiting"));
        String alertId = arrived.getAttribute("id");
        arrived.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> driver.findElement(By.id(alertId)).getText().contains("Opgenomen"));

        browser.get(consoleUrl + "/cases");
        WebElement firstCase = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#case-list tbody a")));
        screenshot("clb-cases");
        firstCase.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-action")));
        browser.findElement(By.id("description")).sendKeys("Gesprek met de ouders plannen");
        browser.findElement(By.id("withinSchoolDays")).clear();
        browser.findElement(By.id("withinSchoolDays")).sendKeys("3");
        browser.findElement(By.cssSelector("#add-action button[type=submit]")).click();
        wait.until(driver -> driver.findElement(By.id("action")).getText().contains("Gesprek met de ouders plannen"));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Signaal");
        screenshot("clb-case-detail");
    }

    @Test
    @Order(3)
    void theClbWorkerIdentifiesThePupilOfACaseForAPurposeAndTheDpoSeesTheRequestInTheAuditTrail() throws Exception {
        String nationalNumber = ConsoleTestSupport.nationalNumber();
        String pupil = "lln-identify-" + System.nanoTime();
        for (String day : List.of("2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09")) {
            assertThat(platform.post(platform.ingestion, "/api/registrations", """
                    {"schoolId":"school-demo-1","pupilId":"%s","nationalNumber":"%s","date":"%s","halfDay":"VM","code":"B"}"""
                    .formatted(pupil, nationalNumber, day)).statusCode()).isEqualTo(202);
        }
        String pseudonym = platform.ingestion.getBean(Pseudonymizer.class).ofNationalNumber(nationalNumber);
        signIn("clb.worker");
        browser.get(consoleUrl + "/cases");
        By caseOfPupil = By.partialLinkText(pseudonym.substring(0, 10));
        wait.until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(caseOfPupil).isEmpty();
        });
        browser.findElement(caseOfPupil).click();

        // Keyboard only, from the case to the identity.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identify-link"))).sendKeys(Keys.ENTER);
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason"))))
                .selectByValue("CONTACT_FAMILY");
        browser.findElement(By.id("details")).sendKeys("Telefoongesprek met de moeder gepland");
        assertThat(browser.findElement(By.id("identify-logged")).getText())
                .contains("functionaris voor gegevensbescherming");
        screenshot("clb-identify");
        browser.findElement(By.id("details")).sendKeys(Keys.TAB, Keys.ENTER);

        WebElement identity = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identity")));
        assertThat(identity.getText()).contains(nationalNumber.replaceFirst(
                "(\\d{2})(\\d{2})(\\d{2})(\\d{3})(\\d{2})", "$1.$2.$3-$4.$5"));
        assertThat(browser.findElement(By.id("school-ids")).getText()).contains("school-demo-1").contains(pupil);
        screenshot("clb-identity");

        JsonNode audit = platform.get(platform.ingestion, "/api/audit?who=clb.worker",
                TestTokens.token("DPO", "hub", "dpo"));
        assertThat(audit.valueStream()).anySatisfy(entry -> {
            assertThat(entry.path("action").asString()).isEqualTo("REIDENTIFY");
            assertThat(entry.path("subject").path("pseudonym").asString()).isEqualTo(pseudonym);
            assertThat(entry.path("status").asInt()).isEqualTo(200);
            assertThat(entry.path("purpose").asString()).contains("Telefoongesprek met de moeder gepland");
        });
    }

    @Test
    @Order(4)
    void theRegisseurSeesTheRegionAndPublishesANewVersionOfTheAgreement() throws Exception {
        signIn("regisseur");
        wait.until(ExpectedConditions.urlContains("/region"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-absence svg")));
        assertThat(browser.findElement(By.id("cases-by-state")).getAttribute("textContent")).contains("Gesignaleerd");
        assertThat(browser.findElement(By.id("indicators")).getText()).contains("Streefwaarde");
        screenshot("regisseur-dashboard");

        browser.findElement(By.linkText("Afsprakenkader")).click();
        browser.findElement(By.cssSelector("main table a")).click();
        browser.findElement(By.xpath("//button[contains(., 'Nieuwe versie ontwerpen')]")).click();
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(problems.getText()).contains("effectiveFrom");
        screenshot("regisseur-draft-problems");

        WebElement threshold = browser.findElement(By.id("threshold-0"));
        threshold.clear();
        threshold.sendKeys("4");
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('effectiveFrom').value = '2027-01-04';");
        browser.findElement(By.cssSelector("#rules-form button[type=submit]")).click();
        wait.until(driver -> driver.findElement(By.id("problems")).getText().contains("kan gepubliceerd worden"));
        screenshot("regisseur-draft");

        ((JavascriptExecutor) browser).executeScript("document.getElementById('publishFrom').value = '2027-01-04';");
        browser.findElement(By.id("publish")).click();
        WebElement diff = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diff")));
        assertThat(diff.getText()).contains("threshold").contains("3").contains("4");
        screenshot("regisseur-diff");
    }

    @Test
    @Order(5)
    void theRegisseurCannotIdentifyAPupil() {
        signIn("regisseur");
        wait.until(ExpectedConditions.urlContains("/region"));
        for (String page : List.of("/region", "/inbox", "/agreements")) {
            browser.get(consoleUrl + page);
            assertThat(browser.findElements(By.cssSelector("a[href*='/identity']"))).isEmpty();
            assertThat(browser.getPageSource()).doesNotContain("Leerling identificeren");
        }
        browser.get(consoleUrl + "/pupils/any-pseudonym/identity");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
    }

    @Test
    @Order(6)
    void signingOutEndsTheSignInServersSessionTooSoTheNextUserCanSignInInTheSameWindow() {
        signIn("zorg.school1");
        wait.until(ExpectedConditions.urlContains("/school"));
        browser.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")).click();

        enterCredentials("clb.worker");
        wait.until(ExpectedConditions.urlContains("/inbox"));
        assertThat(browser.findElement(By.cssSelector(".who .user")).getText()).contains("CLB-medewerker");
    }

    private void signIn(String user) {
        browser.get(consoleUrl + "/");
        enterCredentials(user);
    }

    /** On the sign-in server's page, once it shows. */
    private void enterCredentials(String user) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(consoleUrl));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
