package io.pageflow.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.pause.NoPauseDetector;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;

import io.pageflow.error.ErrorCode;
import io.pageflow.job.JobStatus;
import io.pageflow.messaging.Queues;

/**
 * Owns every pipeline meter. Names are Micrometer's dotted names; the Prometheus registry turns them into
 * {@code pageflow_pages_processed_total}, {@code pageflow_stage_seconds} and so on (docs/operations.md). Every
 * label value that can be known in advance is registered at start, so that a rate over it reads 0, not "no data".
 */
@ApplicationScoped
public class PipelineMetrics {

    static final String PAGES_PROCESSED = "pageflow.pages.processed";
    static final String PAGE_ERRORS = "pageflow.page.errors";
    static final String STAGE = "pageflow.stage";
    static final String JOBS = "pageflow.jobs";
    static final String QUEUE_MESSAGES = "pageflow.queue.messages";
    static final String DEAD_LETTERS = "pageflow.dead.letters";
    static final String OCR_CONFIDENCE = "pageflow.ocr.confidence";
    static final String UPLOAD_BYTES = "pageflow.upload.bytes";

    static final List<String> STAGES = List.of(Queues.STAGE_SPLIT, Queues.STAGE_PAGE, Queues.STAGE_CLASSIFY,
            Queues.STAGE_EXTRACT, Queues.STAGE_INDEX, Queues.STAGE_EXPORT, Queues.STAGE_GATEWAY);
    static final List<String> SOURCES = List.of(PageSources.TEXT_LAYER, PageSources.OCR, PageSources.NONE,
            PageSources.UNKNOWN);

    /** Stage buckets from a text-layer page (tens of milliseconds) to a slow OCR page or a long slice (minutes). */
    private static final Duration[] STAGE_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofSeconds(120), Duration.ofSeconds(300)};
    /** Tesseract's mean word confidence, 0–100: the buckets are where "good" and "doubtful" part. */
    private static final double[] CONFIDENCE_BUCKETS = {50, 60, 70, 80, 85, 90, 95, 100};

    /** Given explicitly: the builder would ask the registry's config, which the server's registry does not offer. */
    private static final PauseDetector NO_PAUSE_DETECTOR = new NoPauseDetector();

    @Inject
    MeterRegistry registry;

    @Inject
    JobCounts jobCounts;

    @Inject
    QueueDepths queueDepths;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final List<Meter> meters = new ArrayList<>();
    private final Map<String, Timer> stageTimers = new ConcurrentHashMap<>();
    private MeterRegistry target;
    private DistributionSummary ocrConfidence;
    private Counter uploadBytes;

    @PostConstruct
    void start() {
        register(ServerRegistry.behind(registry), jobCounts::count, queueDepths::messages, queueDepths::deadLetters);
    }

    /** The application's start creates this bean, so that the gauges are there before the first page. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // creating the bean registered the meters
    }

    /** Registers every meter with {@code target}; the gauges call the functions given when scraped. */
    void register(MeterRegistry target, ToDoubleFunction<JobStatus> jobs, ToDoubleFunction<String> queue,
            DoubleSupplier deadLetters) {
        this.target = target;
        for (String outcome : List.of(PageSources.COMPLETED, PageSources.FAILED)) {
            for (String source : SOURCES) {
                pagesProcessed(outcome, source);
            }
        }
        for (ErrorCode code : ErrorCode.values()) {
            pageErrors(code.name());
        }
        STAGES.forEach(this::stageTimer);
        for (JobStatus status : JobStatus.values()) {
            keep(Gauge.builder(JOBS, () -> jobs.applyAsDouble(status)).tag("status", status.label())
                    .description("Jobs in each status (from the database, at most a few seconds old)").register(target));
        }
        for (String name : QueueDepths.QUEUES) {
            keep(Gauge.builder(QUEUE_MESSAGES, () -> queue.applyAsDouble(name)).tag("queue", name).baseUnit("messages")
                    .description("Messages in a pipeline queue: waiting, in delivery or scheduled for redelivery")
                    .register(target));
        }
        keep(Gauge.builder(DEAD_LETTERS, deadLetters::getAsDouble)
                .description("Messages dead-lettered (sent to pageflow.DLQ) since the broker started").register(target));
        ocrConfidence = keep(DistributionSummary.builder(OCR_CONFIDENCE).serviceLevelObjectives(CONFIDENCE_BUCKETS)
                .description("Mean OCR confidence (0-100) of each page read by OCR").register(target));
        uploadBytes = keep(Counter.builder(UPLOAD_BYTES).baseUnit("bytes")
                .description("Bytes of uploaded files stored (a ZIP counts its unpacked entries)").register(target));
    }

    /** One stage's handling of one message (a page, a slice, a job's index or export step). */
    public void stageTook(String stage, long nanos) {
        stageTimer(stage).record(Duration.ofNanos(nanos));
    }

    /** A page completed; counted once its transaction has committed. */
    public void pageCompleted(String textSource, Float confidence) {
        afterCommit(() -> {
            pagesProcessed(PageSources.COMPLETED, PageSources.known(textSource)).increment();
            if (confidence != null) {
                ocrConfidence.record(confidence);
            }
        });
    }

    /** A page failed for good; counted once its transaction has committed. */
    public void pageFailed(String textSource, ErrorCode code) {
        afterCommit(() -> {
            pagesProcessed(PageSources.FAILED, PageSources.known(textSource)).increment();
            pageErrors(code.name()).increment();
        });
    }

    /** A page's attempt failed and will be retried: counted now, since its transaction rolls back. */
    public void pageRetried(ErrorCode code) {
        pageErrors(code.name()).increment();
    }

    public void uploaded(long bytes) {
        uploadBytes.increment(bytes);
    }

    /** A redeploy registers the meters again; the old ones would keep reading beans that are gone. */
    @PreDestroy
    void stop() {
        meters.forEach(target::remove);
        meters.clear();
    }

    private Counter pagesProcessed(String outcome, String source) {
        return Counter.builder(PAGES_PROCESSED).tag("outcome", outcome).tag("source", source)
                .description("Pages finished, by outcome and by where their text came from").register(target);
    }

    private Counter pageErrors(String code) {
        return Counter.builder(PAGE_ERRORS).tag("code", code)
                .description("Page failures by error code: terminal ones and attempts that will be retried")
                .register(target);
    }

    private Timer stageTimer(String stage) {
        return stageTimers.computeIfAbsent(stage, s -> keep(Timer.builder(STAGE).tag("stage", s)
                .serviceLevelObjectives(STAGE_BUCKETS)
                .pauseDetector(NO_PAUSE_DETECTOR)
                .description("Time a stage took for one message: a page, a slice, or a job's index or export step")
                .register(target)));
    }

    private <M extends Meter> M keep(M meter) {
        meters.add(meter);
        return meter;
    }

    /**
     * Runs {@code count} when the current transaction commits (at once without one): a transaction that rolls
     * back is redelivered and would otherwise count its page twice.
     */
    private void afterCommit(Runnable count) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            count.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // counted only after the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }
}
