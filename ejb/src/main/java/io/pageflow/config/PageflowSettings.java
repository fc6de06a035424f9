package io.pageflow.config;

import static io.pageflow.config.Settings.*;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import io.pageflow.gateway.GatewaySettings;
import io.pageflow.page.OcrStep;
import io.pageflow.understanding.llm.LlmSettings;

/**
 * All of Pageflow's settings, read once and checked together: a value that breaks a rule, alone (a negative
 * chunk size) or beside another (an overlap larger than the chunk, S3 credentials half given), makes
 * {@link #read} throw one {@link InvalidSettingsException} naming every such value. {@link SettingsCheck} does
 * that when the application deploys and offers the result for injection.
 */
public record PageflowSettings(Storage storage, Limits limits, Pipeline pipeline, Understanding understanding,
        LlmSettings llm, Webhooks webhooks, Office office, GatewaySettings gateway, Analysis analysis,
        Embedding embedding, Ocr ocr, Security security) {

    /**
     * Who may call the API ({@code PAGEFLOW_AUTH}, {@code PAGEFLOW_LOGIN_*}, {@code PAGEFLOW_USER_*},
     * {@code PAGEFLOW_OIDC_*}): whether authentication is on, the first admin's password, how guessing is slowed
     * and locked out, what one submitter may have in flight and upload per hour, and whether callers come from an
     * OIDC provider instead of Pageflow's own users ({@code singleSignOn}; the server's configuration for it is
     * made by {@code bin/configure-oidc.sh} from the same variables).
     */
    public record Security(boolean authOn, Optional<String> adminPassword, int slowAfterFailures,
            int lockAfterFailures, int lockMinutes, int maxJobsInFlight, long maxUploadBytesPerHour,
            boolean singleSignOn) {

        /** Never prints the password. */
        @Override
        public String toString() {
            return "Security[authOn=" + authOn + ", adminPassword=" + (adminPassword.isPresent() ? "(set)" : "(none)")
                    + ", slowAfterFailures=" + slowAfterFailures + ", lockAfterFailures=" + lockAfterFailures
                    + ", lockMinutes=" + lockMinutes + ", maxJobsInFlight=" + maxJobsInFlight
                    + ", maxUploadBytesPerHour=" + maxUploadBytesPerHour + ", singleSignOn=" + singleSignOn + "]";
        }
    }

    /** Where objects are kept ({@code PAGEFLOW_STORAGE_TYPE}, {@code PAGEFLOW_S3_*}). */
    public record Storage(String type, Optional<Path> directory, String bucket, String region,
            Optional<URI> endpoint, boolean pathStyle, Optional<String> accessKey, Optional<String> secretKey) {

        public boolean isS3() {
            return type.equals("s3");
        }

        /** Never prints the keys. */
        @Override
        public String toString() {
            return "Storage[type=" + type + ", directory=" + directory + ", bucket=" + bucket + ", region=" + region
                    + ", endpoint=" + endpoint + ", pathStyle=" + pathStyle + ", keys="
                    + (accessKey.isPresent() ? "(set)" : "(none)") + "]";
        }
    }

    /** What an upload, a ZIP batch, an image and a PDF may be. */
    public record Limits(long uploadMaxBytes, int uploadMaxFiles, long imageMaxPixels, int zipMaxEntries,
            long zipMaxTotalBytes, int zipMaxRatio, int pdfMaxPages) {
    }

    /** How pages are processed, leased and swept on this node. */
    public record Pipeline(int workers, String ocrLanguage, Optional<Path> tessdata, int ocrTimeoutSeconds,
            int splitSlicePages, int chunkSize, int chunkOverlap, int leaseSeconds, int reaperIntervalSeconds,
            int pageMaxAttempts, long sweeperGraceHours, long sweeperIntervalMinutes, int intakeRetryAfterSeconds) {
    }

    /**
     * How pages without a text layer are read by default: the model ({@code fast} or {@code best}), the image steps
     * before Tesseract, and the folder of the best model. A job may ask for others at upload.
     */
    public record Ocr(String model, String steps, Optional<Path> bestTessdata) {
    }

    /** How LibreOffice converts office documents to PDFs: its program and the deadline of one conversion. */
    public record Office(String command, int timeoutSeconds) {
    }

    /** Classification and extraction: thresholds, engine, slice size. */
    public record Understanding(double classifyThreshold, double reviewConfidence, String classifyEngine,
            int slicePages) {
    }

    /** How a consolidation merges an analysis's items: similarity threshold, slice size, names refined by the LLM. */
    public record Analysis(double consolidateSimilarity, int consolidateSlicePages, boolean consolidateRefineNames) {
    }

    /**
     * The sentence model of the index stage and search: {@code quantized} or {@code full} all-MiniLM-L6-v2, the
     * intra-op threads of one run (0: the machine's cores) and the texts embedded per run.
     */
    public record Embedding(String model, int threads, int batch) {

        /** The threads of one run: as set, or the cores of this machine. */
        public int threadsOrCores() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** How webhook deliveries are tried and where they may go. */
    public record Webhooks(int timeoutSeconds, int maxAttempts, long retryDelayMillis, boolean allowPrivate,
            Optional<String> callbackSecret) {

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "Webhooks[timeoutSeconds=" + timeoutSeconds + ", maxAttempts=" + maxAttempts + ", retryDelayMillis="
                    + retryDelayMillis + ", allowPrivate=" + allowPrivate + ", callbackSecret="
                    + (callbackSecret.isPresent() ? "(set)" : "(none)") + "]";
        }
    }

    /** A page's OCR runs inside one transaction, whose timeout is 300 s. */
    static final int OCR_TIMEOUT_MAX_SECONDS = 299;
    /**
     * A conversion runs in the split stage's transaction (timeout 300 s), possibly after waiting for the one
     * before it: two of them must fit.
     */
    static final int OFFICE_TIMEOUT_MAX_SECONDS = 140;
    /** As {@link LlmSettings} bounds one attempt, so that a whole call ends within its bound. */
    static final int LLM_TIMEOUT_MAX_SECONDS = 120;
    /** The gateway is called inside the stage message's transaction, whose timeout is 300 s. */
    static final int GATEWAY_TIMEOUT_MAX_SECONDS = 280;
    private static final Pattern GATEWAY_PATH_FORM = Pattern.compile("(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+/?");
    private static final Pattern LANGUAGES = Pattern.compile("[A-Za-z0-9_/-]+(\\+[A-Za-z0-9_/-]+)*");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");

    /** The settings the application is configured with. */
    public static PageflowSettings from(Config config) {
        return read(name -> config.getOptionalValue(name, String.class));
    }

    /** @throws InvalidSettingsException naming every value that breaks its rule */
    public static PageflowSettings read(Function<String, Optional<String>> source) {
        SettingsReader reader = new SettingsReader(source);
        PageflowSettings settings = new PageflowSettings(storage(reader), limits(reader), pipeline(reader),
                understanding(reader), llm(reader), webhooks(reader), office(reader), gateway(reader),
                analysis(reader), embedding(reader), ocr(reader), security(reader));
        if (!reader.problems().isEmpty()) {
            throw new InvalidSettingsException(reader.problems());
        }
        return settings;
    }

    private static Storage storage(SettingsReader reader) {
        String type = reader.oneOf(STORAGE_TYPE, "filesystem", "s3");
        Optional<Path> directory = reader.optional(STORAGE_DIR).map(Path::of);
        boolean pathStyle = reader.bool(S3_PATH_STYLE);
        Optional<String> accessKey = reader.optional(S3_ACCESS_KEY);
        Optional<String> secretKey = reader.optional(S3_SECRET_KEY);
        Optional<URI> endpoint = Optional.empty();
        // The S3 settings matter only with S3: a filesystem node may keep them from another setup.
        if (type.equals("s3")) {
            endpoint = reader.httpUrl(S3_ENDPOINT);
            if (!BUCKET.matcher(reader.text(S3_BUCKET)).matches()) {
                reader.problem(S3_BUCKET, "must be an S3 bucket name (3 to 63 lower-case letters, digits, dots "
                        + "and hyphens) when " + STORAGE_TYPE.variable() + " is s3");
            }
            if (!REGION.matcher(reader.text(S3_REGION)).matches()) {
                reader.problem(S3_REGION, "must be a region name such as us-east-1 when " + STORAGE_TYPE.variable()
                        + " is s3");
            }
            if (accessKey.isPresent() != secretKey.isPresent()) {
                Setting given = accessKey.isPresent() ? S3_ACCESS_KEY : S3_SECRET_KEY;
                Setting missing = accessKey.isPresent() ? S3_SECRET_KEY : S3_ACCESS_KEY;
                reader.problem(missing, "must be set when " + given.variable() + " is: static S3 credentials "
                        + "need both (or neither, for the AWS default credential chain)");
            }
        }
        return new Storage(type, directory, reader.text(S3_BUCKET), reader.text(S3_REGION), endpoint, pathStyle,
                accessKey, secretKey);
    }

    private static Limits limits(SettingsReader reader) {
        return new Limits(reader.longAtLeast(UPLOAD_MAX_BYTES, 1), reader.intAtLeast(UPLOAD_MAX_FILES, 1),
                reader.longAtLeast(IMAGE_MAX_PIXELS, 1), reader.intAtLeast(ZIP_MAX_ENTRIES, 1),
                reader.longAtLeast(ZIP_MAX_TOTAL_BYTES, 1), reader.intAtLeast(ZIP_MAX_RATIO, 1),
                reader.intAtLeast(PDF_MAX_PAGES, 1));
    }

    private static Pipeline pipeline(SettingsReader reader) {
        String language = reader.text(OCR_LANGUAGE);
        if (!LANGUAGES.matcher(language).matches()) {
            reader.problem(OCR_LANGUAGE, "must be Tesseract language codes joined by +, e.g. eng or eng+deu");
            language = OCR_LANGUAGE.defaultValue();
        }
        Optional<Path> tessdata = reader.optional(OCR_TESSDATA).map(Path::of);
        if (tessdata.isPresent() && !Files.isDirectory(tessdata.get())) {
            reader.problem(OCR_TESSDATA, "must be an existing folder (Tesseract's trained data)");
        }
        int chunkSize = reader.intAtLeast(CHUNK_SIZE, 1);
        int chunkOverlap = reader.intAtLeast(CHUNK_OVERLAP, 0);
        if (chunkOverlap >= chunkSize && reader.configured(CHUNK_OVERLAP).isPresent()) {
            reader.problem(CHUNK_OVERLAP, "must be smaller than " + CHUNK_SIZE.variable() + " = " + chunkSize);
        } else if (chunkOverlap >= chunkSize) {
            reader.problem(CHUNK_SIZE, "must be larger than " + CHUNK_OVERLAP.variable() + " = " + chunkOverlap);
        }
        // read where they act (the split consumer's activation, StageRuns); checked here with the rest
        reader.intAtLeast(SPLIT_WORKERS, 1);
        reader.longAtLeast(YIELD_TO_READING_MS, 0);
        return new Pipeline(reader.intAtLeast(WORKERS, 1), language, tessdata,
                reader.intBetween(OCR_TIMEOUT_SECONDS, 1, OCR_TIMEOUT_MAX_SECONDS),
                reader.intAtLeast(SPLIT_SLICE_PAGES, 1), chunkSize, chunkOverlap,
                reader.intAtLeast(LEASE_SECONDS, 1), reader.intAtLeast(REAPER_INTERVAL_SECONDS, 1),
                reader.intAtLeast(PAGE_MAX_ATTEMPTS, 1), reader.longAtLeast(SWEEPER_GRACE_HOURS, 1),
                reader.longAtLeast(SWEEPER_INTERVAL_MINUTES, 1), reader.intAtLeast(INTAKE_RETRY_AFTER_SECONDS, 1));
    }

    private static Ocr ocr(SettingsReader reader) {
        String model = reader.oneOf(OCR_MODEL, "fast", "best");
        String steps = reader.text(OCR_STEPS);
        try {
            steps = OcrStep.format(OcrStep.parse(steps));
        } catch (IllegalArgumentException e) {
            reader.problem(OCR_STEPS, "must be none or a comma-separated list of orient, deskew, binarize");
            steps = OCR_STEPS.defaultValue();
        }
        Optional<Path> best = reader.optional(OCR_BEST_TESSDATA).map(Path::of);
        if (best.isPresent() && !Files.isDirectory(best.get())) {
            reader.problem(OCR_BEST_TESSDATA, "must be an existing folder (tools/fetch-best-int makes it)");
        } else if (model.equals("best") && best.map(f -> !Files.isRegularFile(f.resolve("eng.traineddata"))).orElse(true)) {
            reader.problem(OCR_MODEL, "is best, but no best model is installed: set " + OCR_BEST_TESSDATA.variable()
                    + " to the folder tools/fetch-best-int fetched it into");
        }
        return new Ocr(model, steps, best);
    }

    private static Understanding understanding(SettingsReader reader) {
        String engine = reader.oneOf(CLASSIFY_ENGINE, "rules", "llm");
        if (engine.equals("llm") && reader.configured(LLM_BASE_URL).isEmpty()) {
            reader.problem(CLASSIFY_ENGINE, "needs " + LLM_BASE_URL.variable() + " (the LLM engine is off without it)");
        }
        return new Understanding(reader.fraction(CLASSIFY_THRESHOLD), reader.fraction(REVIEW_CONFIDENCE), engine,
                reader.intAtLeast(UNDERSTAND_SLICE_PAGES, 1));
    }

    private static Analysis analysis(SettingsReader reader) {
        boolean refine = reader.bool(CONSOLIDATE_REFINE_NAMES);
        if (refine && reader.configured(LLM_BASE_URL).isEmpty()) {
            reader.problem(CONSOLIDATE_REFINE_NAMES, "needs " + LLM_BASE_URL.variable() + " (the LLM engine is off without it)");
        }
        return new Analysis(reader.fraction(CONSOLIDATE_SIMILARITY), reader.intAtLeast(CONSOLIDATE_SLICE_PAGES, 1), refine);
    }

    private static Embedding embedding(SettingsReader reader) {
        return new Embedding(reader.oneOf(EMBEDDING_MODEL, "quantized", "full"),
                reader.intBetween(EMBEDDING_THREADS, 0, 64), reader.intBetween(EMBEDDING_BATCH, 1, 256));
    }

    private static Security security(SettingsReader reader) {
        int slowAfter = reader.intBetween(LOGIN_SLOW_AFTER_FAILURES, 1, 1000);
        int lockAfter = reader.intBetween(LOGIN_LOCK_AFTER_FAILURES, 1, 1000);
        if (lockAfter < slowAfter) {
            reader.problem(LOGIN_LOCK_AFTER_FAILURES, "must be at least " + LOGIN_SLOW_AFTER_FAILURES.variable());
        }
        boolean singleSignOn = reader.httpUrl(OIDC_PROVIDER_URL).isPresent();
        reader.oneOf(OIDC_ROLES, "realm", "client");
        if (singleSignOn && reader.optional(OIDC_CLIENT_ID).isEmpty()) {
            reader.problem(OIDC_PROVIDER_URL, "needs " + OIDC_CLIENT_ID.variable() + ", the client the tokens are for");
        }
        return new Security(reader.bool(AUTH), reader.optional(ADMIN_PASSWORD), slowAfter, lockAfter,
                reader.intBetween(LOGIN_LOCK_MINUTES, 1, 10080), reader.intAtLeast(USER_MAX_JOBS_IN_FLIGHT, 1),
                reader.longAtLeast(USER_MAX_UPLOAD_BYTES_PER_HOUR, 1), singleSignOn);
    }

    private static Webhooks webhooks(SettingsReader reader) {
        return new Webhooks(reader.intAtLeast(WEBHOOK_TIMEOUT_SECONDS, 1), reader.intAtLeast(WEBHOOK_MAX_ATTEMPTS, 1),
                reader.longAtLeast(WEBHOOK_RETRY_DELAY_MS, 100), reader.bool(WEBHOOK_ALLOW_PRIVATE),
                reader.optional(WEBHOOK_CALLBACK_SECRET));
    }

    private static Office office(SettingsReader reader) {
        String command = reader.text(OFFICE_COMMAND);
        if (command.isBlank() || command.chars().anyMatch(Character::isWhitespace)) {
            reader.problem(OFFICE_COMMAND, "must be one program, a name on the PATH or a path (no arguments)");
        }
        return new Office(command, reader.intBetween(OFFICE_TIMEOUT_SECONDS, 1, OFFICE_TIMEOUT_MAX_SECONDS));
    }

    private static GatewaySettings gateway(SettingsReader reader) {
        Optional<URI> url = reader.httpUrl(GATEWAY_URL);
        GatewaySettings.Flavour flavour = GatewaySettings.Flavour.valueOf(
                reader.oneOf(GATEWAY_FLAVOUR, "multipart", "put").toUpperCase(java.util.Locale.ROOT));
        Optional<String> path = reader.optional(GATEWAY_PATH);
        if (path.isPresent() && !GATEWAY_PATH_FORM.matcher(path.get()).matches()) {
            reader.problem(GATEWAY_PATH, "must be a URL path starting with /, e.g. /process or /tika");
            path = Optional.empty();
        }
        return new GatewaySettings(url, flavour, path.orElse(flavour.defaultPath()),
                Duration.ofSeconds(reader.intBetween(GATEWAY_TIMEOUT_SECONDS, 1, GATEWAY_TIMEOUT_MAX_SECONDS)),
                reader.longAtLeast(GATEWAY_MAX_BYTES, 1));
    }

    private static LlmSettings llm(SettingsReader reader) {
        Optional<URI> baseUrl = reader.httpUrl(LLM_BASE_URL);
        String model = reader.text(LLM_MODEL);
        if (reader.configured(LLM_BASE_URL).isPresent() && model.isEmpty()) {
            reader.problem(LLM_MODEL, "must be set when " + LLM_BASE_URL.variable() + " is");
        }
        return new LlmSettings(baseUrl, model, reader.optional(LLM_API_KEY),
                Duration.ofSeconds(reader.intBetween(LLM_TIMEOUT_SECONDS, 1, LLM_TIMEOUT_MAX_SECONDS)),
                reader.intAtLeast(LLM_MAX_CONCURRENT, 1));
    }
}
