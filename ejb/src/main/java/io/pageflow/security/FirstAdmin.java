package io.pageflow.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import io.pageflow.config.PageflowSettings;

/**
 * Makes sure someone can log in: when the database has no user at all, creates {@code admin} with
 * {@code PAGEFLOW_ADMIN_PASSWORD} (what {@code ./pageflow start} passes from {@code PAGEFLOW_HOME/admin-password})
 * or, without it, a random password written to the server's data folder, readable by its owner only. Says loudly
 * when authentication is off.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    public static final String NAME = "admin";

    @Inject
    PageflowSettings settings;

    @Inject
    Users users;

    @PostConstruct
    void ensure() {
        if (!settings.security().authOn()) {
            LOG.warning("AUTHENTICATION IS OFF (PAGEFLOW_AUTH=off): anyone who reaches this server can read, change and "
                    + "delete every document. Use it only on a closed network.");
        }
        if (users.count() > 0) {
            return;
        }
        String password = settings.security().adminPassword().orElse(null);
        if (password != null) {
            users.add(NAME, Role.ADMIN, password);
            LOG.info("Created the user admin with the password of PAGEFLOW_ADMIN_PASSWORD");
            return;
        }
        password = Secrets.random(18);
        Path file = Path.of(System.getProperty("jboss.server.data.dir", "."), "pageflow-admin-password");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the first admin's password to " + file, e);
        }
        users.add(NAME, Role.ADMIN, password);
        LOG.warning("Created the user admin; its password is in " + file + " (readable by this server's user only)");
    }
}
