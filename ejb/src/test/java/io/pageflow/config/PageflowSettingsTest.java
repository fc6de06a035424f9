package io.pageflow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageflowSettingsTest {

    static PageflowSettings read(String... propertiesAndValues) {
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < propertiesAndValues.length; i += 2) {
            config.put(propertiesAndValues[i], propertiesAndValues[i + 1]);
        }
        return PageflowSettings.read(name -> Optional.ofNullable(config.get(name)));
    }

    static List<String> problems(String... propertiesAndValues) {
        return assertThrows(InvalidSettingsException.class, () -> read(propertiesAndValues)).problems();
    }

    @Test
    void nothingSetGivesTheDocumentedDefaults() {
        PageflowSettings settings = read();
        assertEquals("filesystem", settings.storage().type());
        assertEquals(1000, settings.pipeline().chunkSize());
        assertEquals(150, settings.pipeline().chunkOverlap());
        assertEquals(2, settings.pipeline().workers());
        assertEquals(1073741824L, settings.limits().uploadMaxBytes());
        assertEquals(0.5, settings.understanding().classifyThreshold());
        assertFalse(settings.llm().isConfigured());
        assertTrue(settings.storage().directory().isEmpty());
    }

    @Test
    void aWrongValueIsNamedByItsVariableItsPropertyAndTheRule() {
        assertEquals(List.of("PAGEFLOW_CHUNK_SIZE (pageflow.chunk.size) = -5 must be greater than 0"),
                problems("pageflow.chunk.size", "-5"));
        assertEquals(List.of("PAGEFLOW_CHUNK_OVERLAP (pageflow.chunk.overlap) = 2000 must be smaller than "
                + "PAGEFLOW_CHUNK_SIZE = 1000"), problems("pageflow.chunk.overlap", "2000"));
        assertEquals(List.of("PAGEFLOW_CHUNK_SIZE (pageflow.chunk.size) = 100 must be larger than "
                + "PAGEFLOW_CHUNK_OVERLAP = 150"), problems("pageflow.chunk.size", "100"));
        assertEquals(List.of("PAGEFLOW_STORAGE_TYPE (pageflow.storage.type) = azure must be filesystem or s3"),
                problems("pageflow.storage.type", "azure"));
        assertEquals(List.of("PAGEFLOW_WORKERS (pageflow.workers) = two must be a whole number"),
                problems("pageflow.workers", "two"));
        assertEquals(List.of("PAGEFLOW_CLASSIFY_THRESHOLD (pageflow.classify.threshold) = 1.5 must be a number from 0 to 1"),
                problems("pageflow.classify.threshold", "1.5"));
        assertEquals(List.of("PAGEFLOW_OCR_TIMEOUT_SECONDS (pageflow.ocr.timeout-seconds) = 600 must be between 1 and 299"),
                problems("pageflow.ocr.timeout-seconds", "600"));
        assertEquals(List.of("PAGEFLOW_S3_PATH_STYLE (pageflow.s3.path-style) = ture must be true or false"),
                problems("pageflow.s3.path-style", "ture"));
    }

    @Test
    void securityIsOnByDefaultAndTheLockComesAfterTheSlowDown() {
        PageflowSettings.Security security = read().security();
        assertTrue(security.authOn());
        assertEquals(3, security.slowAfterFailures());
        assertEquals(10, security.lockAfterFailures());
        assertEquals(false, read("pageflow.auth", "off").security().authOn());
        assertTrue(read("pageflow.admin.password", "s3cret-admin-pw").security().toString().contains("(set)"));
        assertEquals(false, read("pageflow.admin.password", "s3cret-admin-pw").security().toString().contains("s3cret"));
        assertEquals(1, problems("pageflow.login.slow-after-failures", "5", "pageflow.login.lock-after-failures", "4").size());
    }

    @Test
    void singleSignOnNeedsTheProviderAndTheClient() {
        assertFalse(read().security().singleSignOn());
        assertTrue(read("pageflow.oidc.provider-url", "http://sso.example/realms/pageflow",
                "pageflow.oidc.client-id", "pageflow").security().singleSignOn());
        assertEquals(List.of("PAGEFLOW_OIDC_PROVIDER_URL (pageflow.oidc.provider-url) = http://sso.example/realms/pageflow"
                + " needs PAGEFLOW_OIDC_CLIENT_ID, the client the tokens are for"),
                problems("pageflow.oidc.provider-url", "http://sso.example/realms/pageflow"));
        assertEquals(List.of("PAGEFLOW_OIDC_ROLES (pageflow.oidc.roles) = groups must be realm or client"),
                problems("pageflow.oidc.roles", "groups"));
    }

    @Test
    void everyProblemIsReportedInOneMessage() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> read("pageflow.chunk.size", "0", "pageflow.upload.max-files", "-1", "pageflow.lease.seconds", "x"));
        assertEquals(3, e.problems().size(), e.getMessage());
        for (String problem : e.problems()) {
            assertTrue(e.getMessage().contains(problem), e.getMessage());
        }
    }

    @Test
    void s3NeedsAValidBucketAndBothKeysOrNeitherAndIsIgnoredOtherwise() {
        assertEquals(List.of("PAGEFLOW_S3_SECRET_KEY (pageflow.s3.secret-key) = (unset) must be set when "
                + "PAGEFLOW_S3_ACCESS_KEY is: static S3 credentials need both (or neither, for the AWS default "
                + "credential chain)"), problems("pageflow.storage.type", "s3", "pageflow.s3.access-key", "AKIA"));
        assertEquals(List.of("PAGEFLOW_S3_BUCKET (pageflow.s3.bucket) = My_Bucket must be an S3 bucket name (3 to 63 "
                + "lower-case letters, digits, dots and hyphens) when PAGEFLOW_STORAGE_TYPE is s3"),
                problems("pageflow.storage.type", "s3", "pageflow.s3.bucket", "My_Bucket"));
        assertEquals(List.of("PAGEFLOW_S3_ENDPOINT (pageflow.s3.endpoint) = localhost:9000 must be an http:// or "
                + "https:// URL with a host"), problems("pageflow.storage.type", "s3", "pageflow.s3.endpoint", "localhost:9000"));
        PageflowSettings s3 = read("pageflow.storage.type", "S3", "pageflow.s3.endpoint", "http://127.0.0.1:9000",
                "pageflow.s3.access-key", "AKIA", "pageflow.s3.secret-key", "very-secret");
        assertTrue(s3.storage().isS3());
        assertEquals(URI.create("http://127.0.0.1:9000"), s3.storage().endpoint().orElseThrow());
        assertFalse(s3.toString().contains("very-secret"), s3.toString());
        assertEquals("filesystem", read("pageflow.s3.access-key", "AKIA", "pageflow.s3.bucket", "X").storage().type());
    }

    @Test
    void secretsAreNeverPrinted() {
        List<String> problems = problems("pageflow.storage.type", "s3", "pageflow.s3.secret-key", "very-secret");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("PAGEFLOW_S3_ACCESS_KEY (pageflow.s3.access-key) = (unset)"), problems.get(0));
        assertFalse(String.join(" ", problems).contains("very-secret"));
    }

    @Test
    void theLlmEngineNeedsAnHttpUrlAndAModelAndTheLlmClassifierNeedsTheEngine() {
        assertEquals(List.of("PAGEFLOW_LLM_MODEL (pageflow.llm.model) = (unset) must be set when PAGEFLOW_LLM_BASE_URL is"),
                problems("pageflow.llm.base-url", "http://127.0.0.1:8000/v1"));
        assertEquals(List.of("PAGEFLOW_LLM_BASE_URL (pageflow.llm.base-url) = ftp://models/v1 must be an http:// or "
                + "https:// URL with a host"), problems("pageflow.llm.base-url", "ftp://models/v1", "pageflow.llm.model", "m"));
        assertEquals(List.of("PAGEFLOW_CLASSIFY_ENGINE (pageflow.classify.engine) = llm needs PAGEFLOW_LLM_BASE_URL "
                + "(the LLM engine is off without it)"), problems("pageflow.classify.engine", "llm"));
        assertEquals(List.of("PAGEFLOW_LLM_TIMEOUT_SECONDS (pageflow.llm.timeout-seconds) = 900 must be between 1 and 120"),
                problems("pageflow.llm.timeout-seconds", "900"));
        PageflowSettings llm = read("pageflow.llm.base-url", "https://api.example.com/v1/", "pageflow.llm.model", "m",
                "pageflow.classify.engine", "llm", "pageflow.llm.api-key", "sk-1");
        assertTrue(llm.llm().isConfigured());
        assertEquals("llm", llm.understanding().classifyEngine());
    }

    @Test
    void theTessdataFolderMustExistWhenSet(@TempDir Path folder) {
        assertEquals(folder, read("pageflow.ocr.tessdata", folder.toString()).pipeline().tessdata().orElseThrow());
        String missing = folder.resolve("missing").toString();
        assertEquals(List.of("PAGEFLOW_OCR_TESSDATA (pageflow.ocr.tessdata) = " + missing
                + " must be an existing folder (Tesseract's trained data)"), problems("pageflow.ocr.tessdata", missing));
        assertEquals(List.of("PAGEFLOW_OCR_LANGUAGE (pageflow.ocr.language) = eng deu must be Tesseract language codes "
                + "joined by +, e.g. eng or eng+deu"), problems("pageflow.ocr.language", "eng deu"));
        assertEquals("eng+deu", read("pageflow.ocr.language", "eng+deu").pipeline().ocrLanguage());
    }

    @Test
    void ocrDefaultsAreAModelAndKnownStepsAndTheBestModelMustBeInstalled(@TempDir Path folder) throws Exception {
        PageflowSettings defaults = read();
        assertEquals("fast", defaults.ocr().model());
        assertEquals("orient,binarize", defaults.ocr().steps());
        assertEquals("orient,binarize", read("pageflow.ocr.steps", "binarize, orient").ocr().steps());
        assertEquals(List.of("PAGEFLOW_OCR_STEPS (pageflow.ocr.steps) = orient,sharpen must be none or a "
                + "comma-separated list of orient, deskew, binarize"), problems("pageflow.ocr.steps", "orient,sharpen"));
        assertEquals(List.of("PAGEFLOW_OCR_MODEL (pageflow.ocr.model) = best is best, but no best model is installed: "
                + "set PAGEFLOW_OCR_BEST_TESSDATA to the folder tools/fetch-best-int fetched it into"),
                problems("pageflow.ocr.model", "best"));
        java.nio.file.Files.writeString(folder.resolve("eng.traineddata"), "model");
        PageflowSettings best = read("pageflow.ocr.model", "best", "pageflow.ocr.best-tessdata", folder.toString());
        assertEquals(folder, best.ocr().bestTessdata().orElseThrow());
    }

    @Test
    void webhookDeliveriesNeedPositiveTriesAndAWaitOfAtLeast100Ms() {
        assertEquals(Set.of("PAGEFLOW_WEBHOOK_RETRY_DELAY_MS (pageflow.webhook.retry-delay-ms) = 10 must be at least 100",
                "PAGEFLOW_WEBHOOK_MAX_ATTEMPTS (pageflow.webhook.max-attempts) = 0 must be greater than 0"),
                Set.copyOf(problems("pageflow.webhook.retry-delay-ms", "10", "pageflow.webhook.max-attempts", "0")));
        PageflowSettings settings = read("pageflow.webhook.callback-secret", "whsec", "pageflow.webhook.allow-private", "on");
        assertTrue(settings.webhooks().allowPrivate());
        assertFalse(settings.webhooks().toString().contains("whsec"));
    }

    @Test
    void theGatewayIsOffByDefaultAndItsPathFollowsTheFlavour() {
        assertFalse(read().gateway().isConfigured());
        PageflowSettings multipart = read("pageflow.gateway.url", "http://converter:8080/");
        assertEquals("http://converter:8080/process", multipart.gateway().endpoint().toString());
        PageflowSettings put = read("pageflow.gateway.url", "http://tika:9998", "pageflow.gateway.flavour", "PUT");
        assertEquals("http://tika:9998/tika", put.gateway().endpoint().toString());
        assertEquals("http://tika:9998/rmeta/xml", read("pageflow.gateway.url", "http://tika:9998",
                "pageflow.gateway.flavour", "put", "pageflow.gateway.path", "/rmeta/xml").gateway().endpoint().toString());
        assertEquals(Set.of("PAGEFLOW_GATEWAY_FLAVOUR (pageflow.gateway.flavour) = post must be multipart or put",
                "PAGEFLOW_GATEWAY_PATH (pageflow.gateway.path) = process must be a URL path starting with /, e.g. "
                        + "/process or /tika",
                "PAGEFLOW_GATEWAY_TIMEOUT_SECONDS (pageflow.gateway.timeout-seconds) = 300 must be between 1 and 280",
                "PAGEFLOW_GATEWAY_MAX_BYTES (pageflow.gateway.max-bytes) = 0 must be greater than 0"),
                Set.copyOf(problems("pageflow.gateway.flavour", "post", "pageflow.gateway.path", "process",
                        "pageflow.gateway.timeout-seconds", "300", "pageflow.gateway.max-bytes", "0")));
    }

    @Test
    void blankValuesCountAsUnset() {
        assertEquals(1000, read("pageflow.chunk.size", "  ").pipeline().chunkSize());
    }

    @Test
    void officeConversionHasOneProgramAndADeadlineThatFitsTheSplitTransaction() {
        assertEquals(new PageflowSettings.Office("soffice", 120), read().office());
        assertEquals(new PageflowSettings.Office("/opt/lo/program/soffice", 30),
                read("pageflow.office.command", "/opt/lo/program/soffice", "pageflow.office.timeout-seconds", "30").office());
        assertEquals(List.of("PAGEFLOW_OFFICE_TIMEOUT_SECONDS (pageflow.office.timeout-seconds) = 300 must be between 1 and 140"),
                problems("pageflow.office.timeout-seconds", "300"));
        assertEquals(List.of("PAGEFLOW_OFFICE_COMMAND (pageflow.office.command) = soffice --safe-mode must be one program, "
                + "a name on the PATH or a path (no arguments)"), problems("pageflow.office.command", "soffice --safe-mode"));
    }
}
