package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the console tests share: one headless Chromium per test class (see {@link ConsoleBrowser}), files to
 * upload, reading the job view, and the rule that no test leaves an error in the browser console.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ConsoleTest {

    static final PageflowClient client = new PageflowClient();
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);
    static final Pattern PROGRESS = Pattern.compile("(\\d+)/(\\d+) pages \\((\\d+) %\\)");

    static ConsoleBrowser browser;

    @TempDir
    Path files;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser(PageflowClient.BASE);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void theBrowserConsoleHasNoErrors() {
        assertEquals(List.of(), browser.consoleErrors(), "errors in the browser console");
    }

    Path write(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    /** Waits for the upload to open the job's view; returns the job id. */
    static long awaitJobView() {
        String url = browser.await(Duration.ofSeconds(60), "the job view opens after the upload",
                d -> d.getCurrentUrl().matches(".*#/jobs/\\d+$") ? d.getCurrentUrl() : null);
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The job view's "k/n pages (p %)", or null before it is shown. */
    static Matcher progress() {
        Matcher matcher = PROGRESS.matcher(browser.text("#job-progress-text"));
        return matcher.find() ? matcher : null;
    }

    static String progressText() {
        Matcher progress = progress();
        return progress == null ? null : progress.group(0);
    }

    static Integer pagesDone() {
        Matcher progress = progress();
        return progress == null ? null : Integer.valueOf(progress.group(1));
    }
}
