package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credentials are WildFly's to check: the Elytron security domain {@code pageflow} (wildfly-config's
 * configure-security.cli) resolves users and API tokens from the database through its {@code jdbc-realm}s. A
 * password hash or a role changed by SQL alone is what the next sign-in meets, and the server's management model
 * shows the identities, with the role and the token's user as Elytron decoded them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ElytronRealmIT {

    private static final String OTHER_PASSWORD = "another-test-password-20";

    @Test
    void elytronsRealmReadsPasswordsRolesAndTokensFromTheDatabase() throws Exception {
        String alice = Users.add("realm-alice", "submitter");
        String bob = add("realm-bob", "reviewer", OTHER_PASSWORD);
        // Alice's hash becomes Bob's, by SQL alone: no application code sees the change.
        sql("update pageflow.app_user set password_hash = (select password_hash from pageflow.app_user where name = ?) "
                + "where name = ?", bob, alice);

        HttpResponse<String> withNew = Users.send("GET", "/api/session", null, PageflowClient.basic(alice, OTHER_PASSWORD));
        assertEquals(200, withNew.statusCode(), () -> "the password of the hash now in the row signs in: " + withNew.body());
        assertEquals(alice, PageflowClient.json(withNew.body()).asJsonObject().getString("name"));
        HttpResponse<String> withOld = Users.send("GET", "/api/session", null, Users.basic(alice));
        assertEquals(401, withOld.statusCode(), "the password whose hash is gone no longer signs in");
        assertEquals("LOGIN_FAILED", Users.code(withOld));

        ModelNode identity = readIdentity(alice);
        assertEquals(List.of("submitter"), strings(identity.get("attributes", "Roles")), identity::toString);
        assertTrue(strings(identity.get("roles")).contains("submitter"), () -> "the role decoder made the role: " + identity);

        HttpResponse<String> made = Users.send("POST", "/api/tokens", "{\"name\":\"realm\"}",
                PageflowClient.basic(alice, OTHER_PASSWORD));
        assertEquals(201, made.statusCode(), made::body);
        JsonObject token = PageflowClient.json(made.body()).asJsonObject();
        String bearer = "Bearer " + token.getString("token");
        String principal = "pf_" + token.getJsonNumber("id").longValue();
        ModelNode tokenIdentity = readIdentity(principal);
        assertEquals(List.of(alice), strings(tokenIdentity.get("attributes", "user")),
                () -> "the token realm names the token's user: " + tokenIdentity);
        assertEquals(403, Users.send("GET", "/api/users", null, bearer).statusCode(), "a submitter's token");

        // A role changed in the row is the role Elytron decodes at the next login.
        sql("update pageflow.app_user set role = 'admin' where name = ?", alice);
        assertEquals(List.of("admin"), strings(readIdentity(principal).get("attributes", "Roles")));
        HttpResponse<String> asAdmin = Users.send("GET", "/api/users", null, bearer);
        assertEquals(200, asAdmin.statusCode(), () -> "the token acts with the role now in the database: " + asAdmin.body());

        assertEquals(204, Users.send("DELETE", "/api/tokens/" + token.getJsonNumber("id"), null, bearer).statusCode());
        ModelNode revoked = management(readIdentityOperation(principal));
        assertEquals("failed", revoked.get("outcome").asString(), () -> "a revoked token is no identity: " + revoked);
        assertEquals(401, Users.send("GET", "/api/jobs", null, bearer).statusCode());
        assertEquals(0, activeSessions(), "the container's login ends with the request: the API keeps no HTTP session");
    }

    /**
     * Prints what a Basic call costs when Elytron verifies the bcrypt hash (the console's sign-in, never cached)
     * and when the password was verified in the last minute (docs/security.md): the reason for that cache.
     */
    @Test
    void measuresElytronsBcryptAgainstARememberedPassword() {
        String user = Users.add("realm-timed", "submitter");
        String credentials = "{\"name\":\"" + user + "\",\"password\":\"" + Users.PASSWORD + "\"}";
        assertEquals(200, Users.send("POST", "/api/session", credentials, null).statusCode());
        int rounds = 10;
        long elytron = 0;
        long remembered = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            assertEquals(200, Users.send("POST", "/api/session", credentials, null).statusCode());
            elytron += System.nanoTime() - start;
            start = System.nanoTime();
            assertEquals(200, Users.send("GET", "/api/session", null, Users.basic(user)).statusCode());
            remembered += System.nanoTime() - start;
        }
        System.out.printf("Basic/sign-in verified by Elytron (bcrypt): %d ms mean; remembered: %d ms mean (%d rounds, load %s)%n",
                elytron / rounds / 1_000_000, remembered / rounds / 1_000_000, rounds,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String add(String prefix, String role, String password) {
        String name = prefix + "-" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
        HttpResponse<String> made = Users.send("POST", "/api/users", "{\"name\":\"" + name + "\",\"role\":\"" + role
                + "\",\"password\":\"" + password + "\"}", PageflowClient.basic(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD));
        assertEquals(201, made.statusCode(), made::body);
        return name;
    }

    private static void sql(String statement, String... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
                PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            assertEquals(1, update.executeUpdate(), statement);
        }
    }

    /** {@code /subsystem=elytron/security-domain=pageflow:read-identity(name=…)}: what the domain finds for a name. */
    private static ModelNode readIdentity(String name) {
        ModelNode answer = management(readIdentityOperation(name));
        assertEquals("success", answer.get("outcome").asString(), answer::toString);
        return answer.get("result");
    }

    private static ModelNode readIdentityOperation(String name) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-identity");
        operation.get("address").add("subsystem", "elytron").add("security-domain", "pageflow");
        operation.get("name").set(name);
        return operation;
    }

    private static ModelNode management(ModelNode operation) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http",
                InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.management.port"))) {
            return client.execute(operation);
        } catch (IOException e) {
            throw new UncheckedIOException("the management API", e);
        }
    }

    /** The HTTP sessions the WAR's session manager holds (the console's own sessions are rows, not these). */
    private static int activeSessions() {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-attribute");
        operation.get("address").add("deployment", "pageflow.ear").add("subdeployment", "pageflow-web.war")
                .add("subsystem", "undertow");
        operation.get("name").set("active-sessions");
        ModelNode answer = management(operation);
        assertEquals("success", answer.get("outcome").asString(), answer::toString);
        return answer.get("result").asInt();
    }

    private static List<String> strings(ModelNode list) {
        return list.isDefined() ? list.asList().stream().map(ModelNode::asString).toList() : List.of();
    }
}
