package io.pageflow.page;

import java.lang.management.ManagementFactory;
import java.util.OptionalInt;

import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * The widest vector instructions the JVM's own code uses ({@code -XX:UseAVX}). On a CPU with AVX-512, HotSpot
 * uses its 512-bit registers (3), and Tesseract's SSE code, which runs on the same threads, then took a fifth more
 * CPU on the corpus benchmark's scans than with the JVM held to AVX2 (2); {@code ./pageflow} starts the server so
 * (docs/pipeline.md, "Speed on scanned pages").
 */
final class JvmVectors {

    /** The {@code UseAVX} level above which OCR pays for the JVM's vectors. */
    static final int OCR_FRIENDLY_MAX = 2;

    private JvmVectors() {
    }

    /** The JVM's {@code UseAVX} level; empty on a JVM that has no such option (not HotSpot, or not x86). */
    static OptionalInt useAvx() {
        try {
            // through the platform MBean server: the deployment needs no access to the jdk.management module
            Object option = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=HotSpotDiagnostic"), "getVMOption",
                    new Object[] {"UseAVX"}, new String[] {String.class.getName()});
            return OptionalInt.of(Integer.parseInt(String.valueOf(((CompositeData) option).get("value"))));
        } catch (JMException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
