package io.pageflow.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ItemNameTest {

    @Test
    void namesAreShownLowerCaseJoinedByHyphens() {
        assertEquals("adding-like-fractions", ItemName.display("  Adding like  Fractions. "));
        assertEquals("cafe-menu", ItemName.display("Café_menu"));
        assertEquals("", ItemName.display("—"));
    }

    @Test
    void spellingsOfOneNameShareAKey() {
        String key = ItemName.key("adding-like-fractions");
        assertEquals(key, ItemName.key("Adding like fractions"));
        assertEquals(key, ItemName.key("adding_like_fraction"));
        assertEquals("probability", ItemName.key("probabilities"));
        assertEquals("class", ItemName.key("class"), "a double s is not a plural");
        assertNotEquals(key, ItemName.key("add like fractions"), "left to the embeddings");
    }
}
