package io.pageflow.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SliceEndTest {

    @Test
    void aSliceTakesItsSizeWhenHalfASliceOrMoreIsLeft() {
        assertEquals(100, SliceEnd.of(1, 100, 150));
        assertEquals(100, SliceEnd.of(1, 100, 300));
        assertEquals(200, SliceEnd.of(101, 100, 300));
    }

    @Test
    void aSliceTakesTheRestWhenLessThanHalfASliceWouldBeLeft() {
        assertEquals(113, SliceEnd.of(1, 100, 113));
        assertEquals(149, SliceEnd.of(1, 100, 149));
        assertEquals(249, SliceEnd.of(101, 100, 249));
    }

    @Test
    void aShortDocumentIsOneSlice() {
        assertEquals(17, SliceEnd.of(1, 100, 17));
        assertEquals(1, SliceEnd.of(1, 100, 1));
    }

    @Test
    void slicesOfOnePageStayOnePage() {
        assertEquals(1, SliceEnd.of(1, 1, 3));
        assertEquals(3, SliceEnd.of(3, 1, 3));
    }
}
