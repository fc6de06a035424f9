package io.pageflow.security;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt through Elytron's password factory, the one WildFly's own realms use. Stored in modular crypt form
 * ({@code $2a$10$…}), which Elytron's {@code jdbc-realm} {@code pageflow-users} reads with a
 * {@code modular-crypt-mapper} to verify sign-ins.
 * Cost 10 takes tens of milliseconds: slow for guessing, and the web layer remembers a verified password briefly
 * so that scripts polling with HTTP Basic do not pay it on every call.
 */
public final class PasswordHashing {

    static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            Password made = factory().generatePassword(
                    new EncryptablePasswordSpec(password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(made);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Whether {@code guess} is the password of {@code stored}; false for anything that is not a bcrypt hash. */
    public static boolean matches(String stored, String guess) {
        try {
            PasswordFactory factory = factory();
            return factory.verify(factory.translate(ModularCrypt.decode(stored)), guess.toCharArray());
        } catch (InvalidKeySpecException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
    }
}
