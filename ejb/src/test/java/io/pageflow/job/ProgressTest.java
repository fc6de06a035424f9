package io.pageflow.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void stagesFollowTheirWeights() {
        assertEquals(5, Progress.splitDone());
        assertEquals(5, Progress.pages(0, 12));
        assertEquals(45, Progress.pages(6, 12));
        assertEquals(85, Progress.pages(12, 12));
        assertEquals(85, Progress.classifyStarted());
        assertEquals(87, Progress.indexStarted());
        assertEquals(95, Progress.indexDone());
        assertEquals(100, Progress.completed());
    }

    @Test
    void neverDecreasesAsPagesFinish() {
        int previous = Progress.splitDone();
        for (int done = 0; done <= 97; done++) {
            int now = Progress.pages(done, 97);
            assertTrue(now >= previous, "progress went back at page " + done);
            previous = now;
        }
        assertTrue(Progress.indexStarted() >= previous);
    }

    @Test
    void outOfRangeCountsAreBounded() {
        assertEquals(85, Progress.pages(20, 12));
        assertEquals(5, Progress.pages(-1, 12));
        assertEquals(5, Progress.pages(3, 0));
    }
}
