package io.pageflow.page;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessCancelFunc;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;

/**
 * Tesseract instances (native handles) for this deployment: at most one lent per page worker
 * ({@code PAGEFLOW_WORKERS}) at a time, and at most two kept per worker (a reader and an orientation detector,
 * which needs a handle of its own), created when first needed, kept idle per model folder and language for the
 * next page, and all freed when the application is undeployed. A running recognition is cancelled at undeploy through its
 * monitor, so that freeing does not wait for a long page.
 */
@ApplicationScoped
public class TesseractPool {

    private static final Logger LOG = Logger.getLogger(TesseractPool.class.getName());
    /** Interface mapping (see {@link OcrEngine}): functions are looked up when first called. */
    static final TessAPI API = TessAPI.INSTANCE;

    @Inject
    OcrLanguages languages;

    @Inject
    @ConfigProperty(name = "pageflow.workers", defaultValue = "2")
    int workers;

    /** Tesseract variables set on every handle when it starts (name to value). */
    final Map<String, String> variables = new java.util.concurrent.ConcurrentHashMap<>();

    private Semaphore permits;
    private final Map<Model, Deque<TessBaseAPI>> idle = new HashMap<>();
    private int created;
    private volatile boolean closed;
    /** Held in a field: native code calls it, and JNA keeps callbacks only weakly. */
    private final TessCancelFunc cancelWhenClosed = (cancelThis, words) -> closed;

    @PostConstruct
    void init() {
        permits = new Semaphore(Math.max(1, workers), true);
        JvmVectors.useAvx().ifPresent(level -> {
            if (level > JvmVectors.OCR_FRIENDLY_MAX) {
                LOG.warning("The JVM runs with -XX:UseAVX=" + level + ", with which OCR measured about a fifth slower"
                        + " (docs/pipeline.md): start it with -XX:UseAVX=2, as ./pageflow does");
            }
        });
        // WildFly's standalone.sh sets 1 unless told otherwise; Tesseract allocates all the time while it reads
        if (workers > 1 && "1".equals(System.getenv("MALLOC_ARENA_MAX"))) {
            LOG.warning("The server runs with MALLOC_ARENA_MAX=1: " + workers + " OCR workers share one allocator"
                    + " lock, which measured about an eighth more CPU a page (docs/pipeline.md); start it with"
                    + " MALLOC_ARENA_MAX set to at least the number of workers, as ./pageflow does");
        }
    }

    /** The handles that exist now, idle or lent (for tests and metrics). */
    synchronized int created() {
        return created;
    }

    int capacity() {
        return 2 * Math.max(1, workers);
    }

    TessCancelFunc cancelWhenClosed() {
        return cancelWhenClosed;
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Lends a handle initialised for {@code language}, waiting up to {@code maxWaitMillis} for one to be free.
     * Callers never outnumber the handles (each page worker takes one at a time), so a wait is short.
     */
    TessBaseAPI borrow(String language, long maxWaitMillis) {
        return borrow(languages.tessdata(), language, maxWaitMillis);
    }

    void giveBack(TessBaseAPI api, String language) {
        giveBack(api, languages.tessdata(), language);
    }

    /** Lends a handle for {@code language} with the trained data of the folder {@code tessdata}. */
    TessBaseAPI borrow(Path tessdata, String language, long maxWaitMillis) {
        try {
            if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw new PipelineException(ErrorCode.OCR_FAILED, "No OCR engine became free within " + maxWaitMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException(ErrorCode.OCR_FAILED, "Interrupted while waiting for an OCR engine", e);
        }
        try {
            return take(new Model(tessdata, language));
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Takes the handle back for the next page; after undeploy it is freed instead. */
    void giveBack(TessBaseAPI api, Path tessdata, String language) {
        Model model = new Model(tessdata, language);
        boolean free;
        synchronized (this) {
            free = closed;
            if (!free) {
                idle.computeIfAbsent(model, l -> new ArrayDeque<>()).push(api);
            } else {
                created--;
            }
        }
        if (free) {
            end(api);
        }
        permits.release();
    }

    private TessBaseAPI take(Model model) {
        TessBaseAPI evicted = null;
        synchronized (this) {
            if (closed) {
                throw new PipelineException(ErrorCode.OCR_FAILED, "The OCR engines are shut down (undeploy in progress)");
            }
            Deque<TessBaseAPI> same = idle.get(model);
            if (same != null && !same.isEmpty()) {
                return same.pop();
            }
            if (created >= capacity()) {
                // every handle is idle under another language (we hold a permit): make room for this one
                evicted = idle.values().stream().filter(d -> !d.isEmpty()).findFirst().orElseThrow().pop();
                created--;
            }
            created++;
        }
        if (evicted != null) {
            end(evicted);
        }
        try {
            return start(model);
        } catch (RuntimeException e) {
            synchronized (this) {
                created--;
            }
            throw e;
        }
    }

    private TessBaseAPI start(Model model) {
        TessBaseAPI api = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(api, model.tessdata().toString(), model.language()) != 0) {
            API.TessBaseAPIDelete(api);
            throw new PipelineException(ErrorCode.OCR_FAILED, "Tesseract could not load language '" + model.language()
                    + "' from " + model.tessdata());
        }
        API.TessBaseAPISetPageSegMode(api, TessPageSegMode.PSM_AUTO);
        variables.forEach((name, value) -> API.TessBaseAPISetVariable(api, name, value));
        return api;
    }

    private static void end(TessBaseAPI api) {
        API.TessBaseAPIEnd(api);
        API.TessBaseAPIDelete(api);
    }

    /** Trained data: the folder it is in and the language(s), as Tesseract is started with them. */
    private record Model(Path tessdata, String language) {
    }

    /** Frees the idle handles at once; lent ones are cancelled (see the monitor) and freed when given back. */
    @PreDestroy
    void close() {
        int freed = 0;
        synchronized (this) {
            closed = true;
            for (Deque<TessBaseAPI> handles : idle.values()) {
                for (TessBaseAPI api : handles) {
                    end(api);
                    created--;
                    freed++;
                }
            }
            idle.clear();
        }
        int count = freed;
        LOG.info(() -> "Freed " + count + " Tesseract instance(s)");
    }
}
