package io.pageflow.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven over WebDriver, pointed at the console of the server under test.
 * Chromium and its driver are Debian's ({@code apt-get install chromium chromium-driver}); nothing is
 * downloaded.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("pageflow.screenshots.dir", "target/console-screenshots"));
    private static final String CHROMIUM = System.getProperty("pageflow.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("pageflow.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String base;

    ConsoleBrowser(String base) {
        for (String file : List.of(CHROMIUM, DRIVER)) {
            if (!Files.isExecutable(Path.of(file))) {
                throw new IllegalStateException(file + " is missing: apt-get install chromium chromium-driver");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--window-size=1280,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = base;
        try {
            signIn(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD);
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    /**
     * Signs in through the console's own form (the console shows it to anyone not signed in), as the given
     * user; waits until the top bar names them. Signs out first when someone else is signed in.
     */
    void signIn(String user, String password) {
        driver.get(base + "/");
        await(Duration.ofSeconds(30), "the sign-in form or a signed-in console", d ->
                !d.findElements(By.id("login-form")).isEmpty() || !d.findElement(By.id("user-name")).getText().isEmpty());
        if (driver.findElements(By.id("login-form")).isEmpty()) {
            if (driver.findElement(By.id("user-name")).getText().equals(user)) {
                return;
            }
            find("#sign-out").click();
            await(Duration.ofSeconds(30), "the sign-in form", d -> !d.findElements(By.id("login-form")).isEmpty());
        }
        find("#login-name").sendKeys(user);
        find("#login-password").sendKeys(password);
        find("#login-button").click();
        await(Duration.ofSeconds(30), "the console signed in as " + user,
                d -> d.findElement(By.id("user-name")).getText().equals(user));
    }

    /** Opens a console view, e.g. {@code "upload"} or {@code "jobs/12"}. */
    void open(String view) {
        driver.get(base + "/#/" + view);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(200))
                .withMessage(() -> what + "; the page shows: " + driver.findElement(By.tagName("main")).getText())
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Drops files on an element as a user dragging them from a file manager would: the files go through a
     * file input (the only way a page can get real files) into a drop event on the target.
     */
    void drop(String targetCss, List<Path> files) {
        WebElement input = (WebElement) script("""
                const input = document.createElement('input');
                input.type = 'file';
                input.multiple = true;
                input.id = 'test-drop-source';
                input.style.display = 'none';
                document.body.append(input);
                return input;""");
        input.sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
        script("""
                const input = document.getElementById('test-drop-source');
                const transfer = new DataTransfer();
                for (const file of input.files) transfer.items.add(file);
                const target = document.querySelector(arguments[0]);
                target.dispatchEvent(new DragEvent('dragenter', {bubbles: true, cancelable: true, dataTransfer: transfer}));
                target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: transfer}));
                input.remove();""", targetCss);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the browser console logged as errors since the last call (uncaught exceptions, failed requests). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
