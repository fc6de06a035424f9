package io.pageflow.index;

/**
 * Turns PostgreSQL's {@code ts_headline} of a chunk into the snippet the API returns: the words around the best
 * matches, HTML-escaped, with each matched word in {@code <mark>…</mark>}. It is then safe to show as HTML and
 * easy to read as text: {@code <mark>} and {@code </mark>} are the only tags, and {@code &amp; &lt; &gt; &quot;
 * &#39;} the only entities. The headline is made from the text as search reads it (SQL function {@code searchable}:
 * angle brackets as single angle quotation marks), which are turned back here.
 */
final class Snippets {

    /** Private-use characters: never in a tsvector word, removed from the text before highlighting. */
    static final char START = '\uE000';
    static final char STOP = '\uE001';

    /** Fragments of 15 to 35 words around the matches, two at most; without a match, the chunk's first words. */
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MinWords=15, MaxWords=35, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    static String markers() {
        return "" + START + STOP;
    }

    static String fromHeadline(String headline) {
        if (headline == null) {
            return "";
        }
        String text = headline.replaceAll("\\s+", " ").strip();
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<', '\u2039' -> html.append("&lt;");
                case '>', '\u203A' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(ch);
            }
        }
        return html.toString();
    }

    private Snippets() {
    }
}
