package io.pageflow.health;

/**
 * What the readiness checks ask the pipeline, implemented in the EJB module: the checks live in the EAR's
 * library, which cannot see the pipeline's classes, so they reach it through this interface and JNDI.
 */
public interface PipelineProbes {

    String JNDI = "java:global/pageflow/pageflow-ejb/PipelineProbeBean!io.pageflow.health.PipelineProbes";

    /** Null when object storage can be written, else why not. */
    String storageProblem();

    /** Null when Tesseract's data for the default language is installed, else why not. */
    String ocrProblem();

    /** Null when LibreOffice's program can be run to convert office documents, else why not. */
    String officeProblem();
    /**
     * The state of the conversion gateway's circuit breaker ({@code closed}, {@code open}, {@code half-open}), or
     * null when no gateway is configured.
     */
    String gatewayBreaker();

    /** Whether the API authenticates its callers (false: PAGEFLOW_AUTH=off, docs/security.md). */
    boolean authenticationOn();
}
