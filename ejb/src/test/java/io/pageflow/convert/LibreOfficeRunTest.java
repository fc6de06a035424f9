package io.pageflow.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.ingest.FileType;

/** One conversion process: LibreOffice itself, and stand-ins that stall or fail as it can. */
class LibreOfficeRunTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsUtf8TextToAPdfWithItsText() throws Exception {
        Path input = Files.writeString(dir.resolve("document.txt"), "Quarterly naïve café report, 10 €.\n");
        Path work = Files.createDirectory(dir.resolve("work"));
        long start = System.nanoTime();
        Path pdf = new LibreOfficeRun("soffice", Duration.ofSeconds(120)).convert(input,
                LibreOfficeRun.importFilter(FileType.TEXT), work);
        System.out.println("soffice converted a text file in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Quarterly naïve café report, 10 €."));
        }
    }

    @Test
    void htmlKeepsItsHeadingsOnOnePage() throws Exception {
        Path input = Files.writeString(dir.resolve("document.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "</head><body><h1>Harbour timetable</h1><p>Ferries leave on the hour.</p></body></html>");
        Path work = Files.createDirectory(dir.resolve("work"));
        Path pdf = new LibreOfficeRun("soffice", Duration.ofSeconds(120)).convert(input,
                LibreOfficeRun.importFilter(FileType.HTML), work);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Harbour timetable") && text.contains("Ferries leave on the hour."), text);
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void aStalledConverterIsKilledWithEveryProcessItStarted() throws Exception {
        // a child that starts a grandchild, all waiting, as a LibreOffice that hangs would
        Path pids = dir.resolve("pids");
        Path stall = script("stall", "sh -c 'sleep 600 & echo $! >> " + pids + "; wait' &\n"
                + "echo $$ $! >> " + pids + "\nwait\n");
        Path work = Files.createDirectory(dir.resolve("work"));
        long start = System.nanoTime();
        PipelineException e = assertThrows(PipelineException.class, () -> new LibreOfficeRun(stall.toString(),
                Duration.ofSeconds(2)).convert(Files.writeString(dir.resolve("a.txt"), "x"), null, work));
        assertEquals(ErrorCode.CONVERSION_TIMEOUT, e.code());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "stopped at its deadline");
        List<Long> started = Stream.of(Files.readString(pids).trim().split("\\s+")).map(Long::valueOf).toList();
        assertEquals(3, started.size(), "the script, its child and its grandchild: " + started);
        for (long pid : started) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " was left");
        }
    }

    @Test
    void aFailedConversionSaysWhatLibreOfficeSaid() throws Exception {
        Path broken = script("broken", "echo 'Error: source file could not be loaded'\nexit 0\n");
        Path work = Files.createDirectory(dir.resolve("work"));
        PipelineException e = assertThrows(PipelineException.class, () -> new LibreOfficeRun(broken.toString(),
                Duration.ofSeconds(30)).convert(Files.writeString(dir.resolve("a.txt"), "x"), null, work));
        assertEquals(ErrorCode.CONVERSION_FAILED, e.code());
        assertTrue(e.getMessage().contains("source file could not be loaded"), e.getMessage());
    }

    @Test
    void aMissingProgramIsNoFaultOfTheDocument() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        PipelineException e = assertThrows(PipelineException.class, () -> new LibreOfficeRun(
                dir.resolve("no-such-soffice").toString(), Duration.ofSeconds(30))
                .convert(Files.writeString(dir.resolve("a.txt"), "x"), null, work));
        assertEquals(ErrorCode.CONVERTER_UNAVAILABLE, e.code());
        assertTrue(e.code().isRetryable());
    }

    private Path script(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
