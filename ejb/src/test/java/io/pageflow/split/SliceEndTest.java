package io.pageflow.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SliceEndTest {

    @ParameterizedTest(name = "first {0}, size {1}, {2} pages: ends at {3}")
    @CsvSource({
            // half a slice or more left: the slice keeps its size
            "1, 100, 150, 100",
            "1, 100, 300, 100",
            "101, 100, 300, 200",
            // less than half a slice left: the slice takes the rest
            "1, 100, 113, 113",
            "1, 100, 149, 149",
            "101, 100, 249, 249",
            // a short document is one slice
            "1, 100, 17, 17",
            "1, 100, 1, 1",
            // slices of one page stay one page
            "1, 1, 3, 1",
            "3, 1, 3, 3"
    })
    void endsWhereTheRuleSays(int first, int size, int pages, int last) {
        assertEquals(last, SliceEnd.of(first, size, pages));
    }
}
