package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.it.suite.ManagementUser;

/**
 * The management console (HAL, the {@code web-console} Galleon layer) on the management port, and the login it
 * asks for: HTTP Digest on the management API, with the management user the test server is given as
 * {@code ./pageflow start} gives one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagementConsoleIT {

    static final String MANAGEMENT = System.getProperty("pageflow.management.url");

    record Answer(int status, String body, String authenticate) {
    }

    @Test
    void theConsolesPageAnswersAndItsManagementApiLetsTheManagementUserIn() throws IOException {
        Answer console = get("/console/index.html", null, null);
        assertEquals(200, console.status(), "the console's page is served on the management port");
        assertTrue(console.body().contains("<title>HAL Management Console</title>"), console.body());

        Answer anonymous = get("/management", null, null);
        assertEquals(401, anonymous.status(), "the management API asks for a login");
        assertTrue(anonymous.authenticate() != null && anonymous.authenticate().startsWith("Digest"),
                () -> "HTTP Digest is offered: " + anonymous.authenticate());

        Answer loggedIn = get("/management?operation=attribute&name=server-state", ManagementUser.NAME,
                ManagementUser.PASSWORD);
        assertEquals(200, loggedIn.status(), loggedIn::body);
        assertEquals("\"running\"", loggedIn.body().strip(), "the console reads the server's state after login");

        assertEquals(401, get("/management", ManagementUser.NAME, "not-the-password").status(),
                "a wrong password is refused");
    }

    /** HttpURLConnection, because java.net.http's client does not speak Digest. */
    static Answer get(String path, String user, String password) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(MANAGEMENT + path).toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        connection.setUseCaches(false);
        if (user != null) {
            connection.setAuthenticator(new Authenticator() {
                private boolean asked;

                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    // Answer once: a refused password gives the 401, not a loop of retries.
                    if (asked) {
                        return null;
                    }
                    asked = true;
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, body, connection.getHeaderField("WWW-Authenticate"));
        } finally {
            connection.disconnect();
        }
    }
}
