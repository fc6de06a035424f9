package io.pageflow.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void matchedWordsAreMarkedAndEverythingElseEscaped() {
        String headline = "run <script>&  \"x\" " + Snippets.START + "pdftotext" + Snippets.STOP + "\n -layout 'a'";
        assertEquals("run &lt;script&gt;&amp; &quot;x&quot; <mark>pdftotext</mark> -layout &#39;a&#39;",
                Snippets.fromHeadline(headline));
    }

    @Test
    void angleBracketsComeBackEscaped() {
        assertEquals("&lt;!-- <mark>Created</mark> --&gt;", Snippets.fromHeadline("\u2039!-- " + Snippets.START + "Created"
                + Snippets.STOP + " --\u203A"));
    }

    @Test
    void noHeadlineIsAnEmptySnippet() {
        assertEquals("", Snippets.fromHeadline(null));
    }

    @Test
    void theOptionsNameTheMarkers() {
        assertEquals(true, Snippets.HEADLINE_OPTIONS.contains("StartSel=\uE000"));
        assertEquals("\uE000\uE001", Snippets.markers());
    }
}
