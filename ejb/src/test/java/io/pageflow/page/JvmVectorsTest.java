package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import com.sun.management.HotSpotDiagnosticMXBean;

class JvmVectorsTest {

    @Test
    void readsTheLevelTheJvmRunsWith() {
        assumeTrue(System.getProperty("os.arch").matches("amd64|x86_64"), "UseAVX is an x86 option");
        String level = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("UseAVX").getValue();
        assertEquals(Integer.parseInt(level), JvmVectors.useAvx().orElseThrow());
    }
}
