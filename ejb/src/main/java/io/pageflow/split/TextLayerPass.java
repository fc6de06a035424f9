package io.pageflow.split;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.pageflow.document.Page;
import io.pageflow.page.PageReading;
import io.pageflow.page.PageTextReader;
import io.pageflow.page.TextLayer;
import io.pageflow.state.PageRead;
import io.pageflow.state.PageText;
import io.pageflow.storage.StorageKeys;

/**
 * The fast path for born-digital pages: reads the text of a slice of pages in one pass over the document already
 * open for the split, and decides page by page ({@link TextLayer#decide}) which pages are read right here (a usable
 * text layer, or blank) and which need the page stage (OCR). A born-digital page then costs a share of one pass
 * instead of a page PDF, a message, a claim, a parse and a rendering of its own.
 */
final class TextLayerPass {

    private static final Logger LOG = Logger.getLogger(TextLayerPass.class.getName());

    private TextLayerPass() {
    }

    /**
     * The pages of the slice, read or to be processed.
     *
     * @param read      pages complete with what was read here
     * @param toProcess pages that need the page stage, in order
     */
    record Outcome(List<PageRead> read, List<Integer> toProcess) {
    }

    /** With {@code ocrImages}, mixed pages go to the page stage too, which reads their figures as well. */
    static Outcome run(PDDocument pdf, long documentId, int first, int last, boolean ocrImages) {
        Map<Integer, PageReading> readings;
        try {
            readings = PageTextReader.read(pdf, first, last);
        } catch (IOException | RuntimeException e) {
            // one malformed page must not cost the others their fast path: read them one by one
            LOG.log(Level.FINE, "Reading pages " + first + "-" + last + " in one pass failed; reading them one by one", e);
            readings = null;
        }
        List<PageRead> read = new ArrayList<>();
        List<Integer> toProcess = new ArrayList<>();
        for (int page = first; page <= last; page++) {
            PageReading reading = readings != null ? readings.get(page) : readAlone(pdf, page);
            TextLayer.Decision decision = reading == null ? null : TextLayer.decide(reading);
            boolean figures = ocrImages && decision != null
                    && TextLayer.Reasons.TEXT_LAYER_WITH_IMAGES.equals(decision.reason());
            if (decision == null || decision.way() == TextLayer.Way.OCR || figures) {
                toProcess.add(page); // the page stage reads it again and fails it with its code if it is broken
                continue;
            }
            boolean blank = decision.way() == TextLayer.Way.BLANK;
            String imageKey = StorageKeys.imageBeside(StorageKeys.pageSource(documentId, page));
            read.add(new PageRead(page, new PageText(blank ? "" : reading.text(), blank ? Page.NONE : Page.TEXT_LAYER,
                    decision.reason(), blank, null, imageKey), reading.millis()));
        }
        return new Outcome(read, toProcess);
    }

    private static PageReading readAlone(PDDocument pdf, int page) {
        try {
            return PageTextReader.read(pdf, page, page).get(page);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
