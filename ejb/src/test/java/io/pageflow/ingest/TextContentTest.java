package io.pageflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextContentTest {

    private static Optional<FileType> judge(byte[] bytes) throws IOException {
        return TextContent.judge(new ByteArrayInputStream(bytes));
    }

    private static Optional<FileType> judge(String text) throws IOException {
        return judge(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf8TextIsPlainText() throws IOException {
        assertEquals(Optional.of(FileType.TEXT), judge("Minutes of the meeting\r\n\tnaïve café — 10 €\f\n"));
        assertEquals(Optional.of(FileType.TEXT), judge("\uFEFFwith a byte-order mark"));
        assertEquals(Optional.of(FileType.TEXT), judge("<?xml version=\"1.0\"?><a>xml is text</a>"));
    }

    @Test
    void markupFromTheFirstTagIsHtml() throws IOException {
        assertEquals(Optional.of(FileType.HTML), judge("<!DOCTYPE html><html><body><p>Hi</p></body></html>"));
        assertEquals(Optional.of(FileType.HTML), judge("\uFEFF\n  <HTML lang=en><p>upper case</p>"));
        assertEquals(Optional.of(FileType.HTML), judge("<!-- generated --><html><body>x</body></html>"));
        assertEquals(Optional.of(FileType.HTML), judge("<!doctype html><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1)),
                "HTML may be in the charset its markup declares");
        assertEquals(Optional.of(FileType.TEXT), judge("a < b and <b>bold</b> in text"), "a tag later on is text");
    }

    @Test
    void binaryAndBrokenTextAreNeither() throws IOException {
        assertEquals(Optional.empty(), judge(new byte[] {'M', 'T', 'h', 'd', 0, 0, 0, 6}));
        assertEquals(Optional.empty(), judge("caf\u00e9 in Latin-1".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), judge("bell \u0007 rings"));
        assertEquals(Optional.empty(), judge("<html><body>\0</body></html>"), "NUL makes even markup binary");
        byte[] euro = "price 10 €".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), judge(Arrays.copyOf(euro, euro.length - 1)), "cut inside a character");
        assertEquals(Optional.empty(), judge(new byte[0]));
    }

    @Test
    void theWholeFileCountsNotOnlyItsStart() throws IOException {
        byte[] text = new byte[200_000];
        Arrays.fill(text, (byte) 'a');
        assertEquals(Optional.of(FileType.TEXT), judge(text));
        text[150_000] = 0;
        assertEquals(Optional.empty(), judge(text));
    }
}
