package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many jobs at once on several consumers: every page is processed exactly once and every job completes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

    static final PageflowClient client = new PageflowClient();

    @Test
    void hundredJobsSubmittedAtOnceAllCompleteWithEveryPageProcessedOnce() throws Exception {
        ExecutorService uploaders = Executors.newFixedThreadPool(10);
        List<Future<Long>> submitted = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int seed = 800 + i;
            submitted.add(uploaders.submit(() -> {
                byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(seed, 6), TestDocuments.lines(seed + 1000, 6)));
                return client.submitAccepted(List.of(new PageflowClient.FilePart("c.pdf", "application/pdf", pdf)), Map.of())
                        .getJsonNumber("id").longValue();
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> f : submitted) {
            ids.add(f.get());
        }
        uploaders.shutdown();
        for (long id : ids) {
            JsonObject job = client.awaitEnd(id, Duration.ofMinutes(5));
            assertEquals("completed", job.getString("status"), job::toString);
            assertEquals(2, job.getInt("pagesDone"));
            for (int page = 1; page <= 2; page++) {
                assertEquals(1, client.countEvents(id, "page.started", page), "job " + id + " page " + page + " started once");
                assertEquals(1, client.countEvents(id, "page.completed", page), "job " + id + " page " + page + " completed once");
            }
            assertEquals(1, client.countEvents(id, "job.completed", 0));
        }
    }
}
