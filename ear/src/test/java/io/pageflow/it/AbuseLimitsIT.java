package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing is slowed and then locked out, in the database (the test server runs with
 * PAGEFLOW_LOGIN_SLOW_AFTER_FAILURES=2, PAGEFLOW_LOGIN_LOCK_AFTER_FAILURES=4) and holds on a server started
 * afterwards; a submitter's uploads per hour
 * and jobs in flight are bounded, answered 429 with Retry-After (PAGEFLOW_USER_MAX_UPLOAD_BYTES_PER_HOUR=3000000,
 * PAGEFLOW_USER_MAX_JOBS_IN_FLIGHT=3).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AbuseLimitsIT {

    @Test
    void guessingIsSlowedThenLockedAndTheLockIsStored() throws Exception {
        String user = Users.add("guessed", "submitter");
        String wrong = PageflowClient.basic(user, "wrong-guess-number-one");
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> answer = Users.send("GET", "/api/jobs", null, wrong);
            String code = Users.code(answer);
            seen.add(answer.statusCode() + " " + code);
            if (code.equals("USER_LOCKED")) {
                assertEquals(429, answer.statusCode());
                break;
            }
            if (code.equals("LOGIN_SLOWED")) {
                assertEquals(429, answer.statusCode());
                long wait = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
                PageflowClient.sleep(wait * 1000);
            } else {
                assertEquals("401 LOGIN_FAILED", seen.get(seen.size() - 1));
            }
            if (System.nanoTime() > deadline) {
                fail("no lock-out within a minute: " + seen);
            }
        }
        assertTrue(seen.contains("429 LOGIN_SLOWED"), "attempts were slowed before the lock: " + seen);
        HttpResponse<String> right = Users.send("GET", "/api/jobs", null, Users.basic(user));
        assertEquals(429, right.statusCode(), "a locked user is refused even with the right password");
        assertEquals("USER_LOCKED", Users.code(right));
        assertTrue(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow()) > 60);
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
                PreparedStatement row = db.prepareStatement(
                        "select locked_until > now() from pageflow.app_user where name = ?")) {
            row.setString(1, user);
            try (ResultSet locked = row.executeQuery()) {
                assertTrue(locked.next() && locked.getBoolean(1),
                        "the lock is in the database, so that a restart (or another node) keeps it");
            }
        }
        // A server process that never saw the guesses, on the same database: what a restart leaves.
        SecondServer fresh = new SecondServer(1);
        fresh.start();
        try {
            HttpResponse<String> afterRestart = Users.send(HttpRequest.newBuilder(URI.create(SecondServer.URL + "/api/jobs"))
                    .header("Authorization", Users.basic(user)));
            assertEquals(429, afterRestart.statusCode(), afterRestart::body);
            assertEquals("USER_LOCKED", Users.code(afterRestart), "the lock-out survives a restart");
        } finally {
            fresh.stop();
        }
    }

    @Test
    void aSubmittersUploadsPerHourAreBounded() {
        String user = Users.add("uploader", "submitter");
        byte[] megabyte = new byte[1_200_000];
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 3; i++) {
            last = upload(user, megabyte);
            statuses.add(last.statusCode());
        }
        assertEquals(List.of(415, 415, 429), statuses, "two uploads of 1.2 MB fit in 3 MB an hour, the third does not: " + last.body());
        assertEquals("UPLOAD_QUOTA_EXCEEDED", Users.code(last));
        long wait = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait > 3000 && wait <= 3600, "Retry-After until the first upload leaves the hour: " + wait);
        assertEquals(415, upload(PageflowClient.ADMIN, megabyte).statusCode(), "admins are not limited");
    }

    @Test
    void aSubmittersJobsInFlightAreBounded() {
        String user = Users.add("busy", "submitter");
        TestApi as = TestApi.as(user, Users.PASSWORD);
        List<PageflowClient.FilePart> slow = List.of(new PageflowClient.FilePart("slow.pdf", "application/pdf",
                TestDocuments.scannedPdf(List.of(TestDocuments.scannedPage(TestDocuments.lines(1, 30)),
                        TestDocuments.scannedPage(TestDocuments.lines(2, 30)), TestDocuments.scannedPage(TestDocuments.lines(3, 30)),
                        TestDocuments.scannedPage(TestDocuments.lines(4, 30))))));
        for (int i = 0; i < 3; i++) {
            as.submitAccepted(slow, java.util.Map.of());
        }
        var problem = as.refused(429, "TOO_MANY_JOBS_IN_FLIGHT", () -> as.submit(slow, java.util.Map.of()));
        assertTrue(problem.getDetail().contains("PAGEFLOW_USER_MAX_JOBS_IN_FLIGHT"), problem.getDetail());
    }

    private static HttpResponse<String> upload(String user, byte[] content) {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"noise.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        String password = user.equals(PageflowClient.ADMIN) ? PageflowClient.ADMIN_PASSWORD : Users.PASSWORD;
        return Users.send(HttpRequest.newBuilder(URI.create(PageflowClient.BASE + "/api/jobs"))
                .header("Authorization", PageflowClient.basic(user, password))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
