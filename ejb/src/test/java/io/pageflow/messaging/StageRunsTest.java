package io.pageflow.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pageflow.metrics.PipelineMetricsAccess;

class StageRunsTest {

    private final StageRuns runs = new StageRuns();

    StageRunsTest() {
        runs.metrics = PipelineMetricsAccess.registeredWith(new SimpleMeterRegistry());
    }

    @Test
    void understandingYieldsToReadingAndReadingToNothing() {
        assertTrue(runs.yieldsToReading(new WorkItem(Queues.STAGE_CLASSIFY, 1, 0, 1)));
        assertTrue(runs.yieldsToReading(new WorkItem(Queues.STAGE_EXTRACT, 1, 0, 1)));
        assertFalse(runs.yieldsToReading(new WorkItem(Queues.STAGE_SPLIT, 1, 0, 1)));
        assertFalse(runs.yieldsToReading(new WorkItem(Queues.STAGE_PAGE, 1, 2, 1)));
        assertFalse(runs.yieldsToReading(new WorkItem(Queues.STAGE_EXPORT, 1, 0, 1)));
    }

    @Test
    void nothingToGiveWayToWhenTheNodeIsNotReading() {
        StageRuns.Run index = runs.begin(new WorkItem(Queues.STAGE_INDEX, 1, 0, 1));
        long started = System.nanoTime();
        runs.giveWayToReading(Duration.ofSeconds(30));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "returned without waiting");
        index.end();
    }

    @Test
    void backgroundWorkWaitsForReadingAtMostAsLongAsAllowed() {
        StageRuns.Run split = runs.begin(new WorkItem(Queues.STAGE_SPLIT, 1, 0, 1));
        long started = System.nanoTime();
        runs.giveWayToReading(Duration.ofMillis(300));
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(300).toNanos(), "waited while the split ran");
        split.end();
    }

    @Test
    void theWaitEndsWhenTheLastReadingEnds() throws Exception {
        StageRuns.Run split = runs.begin(new WorkItem(Queues.STAGE_SPLIT, 1, 0, 1));
        StageRuns.Run page = runs.begin(new WorkItem(Queues.STAGE_PAGE, 2, 3, 1));
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            runs.giveWayToReading(Duration.ofMinutes(5));
            return System.nanoTime() - started;
        });
        split.end();
        page.end();
        long nanos = waited.get(60, TimeUnit.SECONDS);
        assertTrue(Duration.ofNanos(nanos).toSeconds() < 60, "the wait ended with the reading, not at its bound");
    }
}
