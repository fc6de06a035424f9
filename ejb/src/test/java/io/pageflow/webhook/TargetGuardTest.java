package io.pageflow.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetGuardTest {

    /** Names resolved without DNS: each test says where a host points. */
    static TargetGuard guard(boolean allowPrivate, Map<String, String> hosts) {
        return new TargetGuard(allowPrivate, host -> {
            String address = hosts.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "10.0.0.1", "172.16.5.4", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "224.0.0.1", "ff02::1",
            "0.0.0.0", "::", "100.64.0.1", "255.255.255.255", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void nonPublicAddressesAreRefused(String address) {
        TargetGuard.Refused refused = assertThrows(TargetGuard.Refused.class,
                () -> guard(false, Map.of("hooks.example", address)).check("https://hooks.example/in"));
        assertEquals(TargetGuard.REFUSED, refused.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://[::1]/", "http://169.254.169.254/latest/meta-data",
            "http://10.0.0.1/", "http://0x7f000001/"})
    void literalAddressesAreJudgedLikeNames(String url) {
        TargetGuard real = new TargetGuard(false); // literals and numeric forms resolve without DNS
        assertThrows(TargetGuard.Refused.class, () -> real.check(url));
    }

    @Test
    void aHostWithOnePrivateAddressAmongPublicOnesIsRefused() {
        TargetGuard mixed = new TargetGuard(false, host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")});
        assertThrows(TargetGuard.Refused.class, () -> mixed.check("https://hooks.example/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "100.128.0.1", "172.32.0.1"})
    void publicAddressesPass(String address) {
        assertDoesNotThrow(() -> guard(false, Map.of("hooks.example", address)).check("https://hooks.example/in"));
    }

    @Test
    void theSwitchAllowsPrivateTargets() {
        assertDoesNotThrow(() -> guard(true, Map.of()).check("http://127.0.0.1:9000/hook"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example/", "file:///etc/passwd", "https://user:pw@hooks.example/",
            "https://token@hooks.example/", "hooks.example/in", "http:///path", "not a url", ""})
    void urlsOfTheWrongFormAreRefusedEvenWhenPrivateTargetsAreAllowed(String url) {
        TargetGuard.Refused refused = assertThrows(TargetGuard.Refused.class,
                () -> guard(true, Map.of("hooks.example", "93.184.216.34")).check(url));
        assertEquals(TargetGuard.INVALID_URL, refused.code());
    }

    @Test
    void aNameThatDoesNotResolveIsSaidSo() {
        TargetGuard.Refused refused = assertThrows(TargetGuard.Refused.class,
                () -> guard(false, Map.of()).check("https://nowhere.example/"));
        assertEquals(TargetGuard.UNRESOLVED, refused.code());
    }
}
