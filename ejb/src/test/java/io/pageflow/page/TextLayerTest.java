package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLayerTest {

    @Test
    void ordinaryProseIsUsable() {
        assertTrue(TextLayer.isUsable("The shared MIME-info database specification, version 0.21.\n1 Introduction"));
    }

    @Test
    void scannedPageWithoutTextIsNotUsable() {
        assertFalse(TextLayer.isUsable(null));
        assertFalse(TextLayer.isUsable(""));
        assertFalse(TextLayer.isUsable(" \n\n \f"));
    }

    @Test
    void aFewStrayCharactersAreNotUsable() {
        assertFalse(TextLayer.isUsable("12 \n iv"));
    }

    @Test
    void brokenFontEncodingIsNotUsable() {
        assertFalse(TextLayer.isUsable("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD abc def ghi jkl mno pqr"));
        assertFalse(TextLayer.isUsable("\uE000\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A\uE00B\uE00C\uE00D\uE00E\uE00F\uE010"));
    }

    @Test
    void symbolSoupIsNotUsable() {
        assertFalse(TextLayer.isUsable("!@#$%^&*()_+{}|:<>?~!@#$%^&*()_+{}|:<>?~"));
    }
}
