package io.pageflow.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code pageflow.*} setting with its default, in one place: {@link PageflowSettings} reads them,
 * docs/configuration.md documents them (checked by a test), and code that reads a setting names it here.
 * What each means is in docs/configuration.md.
 */
public final class Settings {

    public static final Setting STORAGE_TYPE = Setting.of("pageflow.storage.type", "filesystem");
    public static final Setting STORAGE_DIR = Setting.unset("pageflow.storage.dir");
    public static final Setting S3_BUCKET = Setting.of("pageflow.s3.bucket", "pageflow");
    public static final Setting S3_REGION = Setting.of("pageflow.s3.region", "us-east-1");
    public static final Setting S3_ENDPOINT = Setting.unset("pageflow.s3.endpoint");
    public static final Setting S3_PATH_STYLE = Setting.of("pageflow.s3.path-style", "true");
    public static final Setting S3_ACCESS_KEY = Setting.secret("pageflow.s3.access-key");
    public static final Setting S3_SECRET_KEY = Setting.secret("pageflow.s3.secret-key");

    public static final Setting WORKERS = Setting.of("pageflow.workers", "2");
    public static final Setting OCR_LANGUAGE = Setting.of("pageflow.ocr.language", "eng");
    public static final Setting OCR_TESSDATA = Setting.unset("pageflow.ocr.tessdata");
    public static final Setting OCR_TIMEOUT_SECONDS = Setting.of("pageflow.ocr.timeout-seconds", "180");
    public static final Setting OCR_MODEL = Setting.of("pageflow.ocr.model", "fast");
    public static final Setting OCR_STEPS = Setting.of("pageflow.ocr.steps", "orient,binarize");
    public static final Setting OCR_BEST_TESSDATA = Setting.unset("pageflow.ocr.best-tessdata");

    public static final Setting UPLOAD_MAX_BYTES = Setting.of("pageflow.upload.max-bytes", "1073741824");
    public static final Setting UPLOAD_MAX_FILES = Setting.of("pageflow.upload.max-files", "500");
    public static final Setting IMAGE_MAX_PIXELS = Setting.of("pageflow.image.max-pixels", "100000000");
    public static final Setting ZIP_MAX_ENTRIES = Setting.of("pageflow.zip.max-entries", "1000");
    public static final Setting ZIP_MAX_TOTAL_BYTES = Setting.of("pageflow.zip.max-total-bytes", "2147483648");
    public static final Setting ZIP_MAX_RATIO = Setting.of("pageflow.zip.max-ratio", "100");
    public static final Setting PDF_MAX_PAGES = Setting.of("pageflow.pdf.max-pages", "5000");
    public static final Setting SPLIT_WORKERS = Setting.of("pageflow.split.workers", "4");
    public static final Setting SPLIT_SLICE_PAGES = Setting.of("pageflow.split.slice-pages", "100");
    public static final Setting OFFICE_COMMAND = Setting.of("pageflow.office.command", "soffice");
    public static final Setting OFFICE_TIMEOUT_SECONDS = Setting.of("pageflow.office.timeout-seconds", "120");

    public static final Setting CLASSIFY_THRESHOLD = Setting.of("pageflow.classify.threshold", "0.5");
    public static final Setting REVIEW_CONFIDENCE = Setting.of("pageflow.review.confidence", "0.8");
    public static final Setting CLASSIFY_ENGINE = Setting.of("pageflow.classify.engine", "rules");
    public static final Setting UNDERSTAND_SLICE_PAGES = Setting.of("pageflow.understand.slice-pages", "25");
    public static final Setting CHUNK_SIZE = Setting.of("pageflow.chunk.size", "1000");
    public static final Setting CHUNK_OVERLAP = Setting.of("pageflow.chunk.overlap", "150");
    public static final Setting EMBEDDING_MODEL = Setting.of("pageflow.embedding.model", "quantized");
    public static final Setting EMBEDDING_THREADS = Setting.of("pageflow.embedding.threads", "0");
    public static final Setting EMBEDDING_BATCH = Setting.of("pageflow.embedding.batch", "1");

    public static final Setting SWEEPER_GRACE_HOURS = Setting.of("pageflow.sweeper.grace-hours", "24");
    public static final Setting SWEEPER_INTERVAL_MINUTES = Setting.of("pageflow.sweeper.interval-minutes", "60");
    public static final Setting LEASE_SECONDS = Setting.of("pageflow.lease.seconds", "60");
    public static final Setting REAPER_INTERVAL_SECONDS = Setting.of("pageflow.reaper.interval-seconds", "10");
    public static final Setting INTAKE_RETRY_AFTER_SECONDS = Setting.of("pageflow.intake.retry-after-seconds", "60");
    public static final Setting YIELD_TO_READING_MS = Setting.of("pageflow.yield-to-reading-ms", "3000");
    public static final Setting PAGE_MAX_ATTEMPTS = Setting.of("pageflow.page.max-attempts", "5");

    public static final Setting LLM_BASE_URL = Setting.unset("pageflow.llm.base-url");
    public static final Setting LLM_MODEL = Setting.unset("pageflow.llm.model");
    public static final Setting LLM_API_KEY = Setting.secret("pageflow.llm.api-key");
    public static final Setting LLM_TIMEOUT_SECONDS = Setting.of("pageflow.llm.timeout-seconds", "60");
    public static final Setting LLM_MAX_CONCURRENT = Setting.of("pageflow.llm.max-concurrent", "2");

    public static final Setting CONSOLIDATE_SIMILARITY = Setting.of("pageflow.consolidate.similarity", "0.8");
    public static final Setting CONSOLIDATE_SLICE_PAGES = Setting.of("pageflow.consolidate.slice-pages", "10");
    public static final Setting CONSOLIDATE_REFINE_NAMES = Setting.of("pageflow.consolidate.refine-names", "false");

    public static final Setting WEBHOOK_TIMEOUT_SECONDS = Setting.of("pageflow.webhook.timeout-seconds", "10");
    public static final Setting WEBHOOK_MAX_ATTEMPTS = Setting.of("pageflow.webhook.max-attempts", "6");
    public static final Setting WEBHOOK_RETRY_DELAY_MS = Setting.of("pageflow.webhook.retry-delay-ms", "30000");
    public static final Setting WEBHOOK_ALLOW_PRIVATE = Setting.of("pageflow.webhook.allow-private", "false");
    public static final Setting WEBHOOK_CALLBACK_SECRET = Setting.secret("pageflow.webhook.callback-secret");

    public static final Setting GATEWAY_URL = Setting.unset("pageflow.gateway.url");
    public static final Setting GATEWAY_FLAVOUR = Setting.of("pageflow.gateway.flavour", "multipart");
    public static final Setting GATEWAY_PATH = Setting.unset("pageflow.gateway.path");
    public static final Setting GATEWAY_TIMEOUT_SECONDS = Setting.of("pageflow.gateway.timeout-seconds", "120");
    public static final Setting GATEWAY_MAX_BYTES = Setting.of("pageflow.gateway.max-bytes", "104857600");

    public static final Setting AUTH = Setting.of("pageflow.auth", "on");
    public static final Setting ADMIN_PASSWORD = Setting.secret("pageflow.admin.password");
    public static final Setting LOGIN_SLOW_AFTER_FAILURES = Setting.of("pageflow.login.slow-after-failures", "3");
    public static final Setting LOGIN_LOCK_AFTER_FAILURES = Setting.of("pageflow.login.lock-after-failures", "10");
    public static final Setting LOGIN_LOCK_MINUTES = Setting.of("pageflow.login.lock-minutes", "15");
    public static final Setting USER_MAX_JOBS_IN_FLIGHT = Setting.of("pageflow.user.max-jobs-in-flight", "20");
    public static final Setting USER_MAX_UPLOAD_BYTES_PER_HOUR = Setting.of("pageflow.user.max-upload-bytes-per-hour",
            "10737418240");
    /** Single sign-on: the OIDC provider whose bearer tokens replace Pageflow's own users (docs/security.md). */
    public static final Setting OIDC_PROVIDER_URL = Setting.unset("pageflow.oidc.provider-url");
    public static final Setting OIDC_CLIENT_ID = Setting.unset("pageflow.oidc.client-id");
    public static final Setting OIDC_ROLES = Setting.of("pageflow.oidc.roles", "realm");

    /** Every setting above, in the order of this class. */
    public static final List<Setting> ALL = all();

    private Settings() {
    }

    private static List<Setting> all() {
        List<Setting> all = new ArrayList<>();
        for (Field field : Settings.class.getDeclaredFields()) {
            if (field.getType() == Setting.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    all.add((Setting) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(all);
    }
}
