package io.pageflow.job;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;

import io.pageflow.storage.StorageKeys;

/**
 * One run of the pipeline over one document. Its status, stage and counters change only through
 * {@link io.pageflow.state.JobStates}, by single guarded updates, so that parallel page workers never lose one.
 */
@Entity
@Table(name = "job")
public class Job {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long documentId;
    private JobStatus status = JobStatus.QUEUED;
    private JobStage stage = JobStage.SPLIT;
    private int progress;
    private int pagesTotal;
    private int pagesDone;
    private int pagesFailed;
    /** How many pages the split stage has written so far; it works in slices, one message each. */
    private int pagesSplit;
    private Integer currentPage;
    private String errorCode;
    private String errorMessage;
    private Long indexExecutionId;
    private int priority = DEFAULT_PRIORITY;
    private String onPageError = ON_PAGE_ERROR_CONTINUE;
    private String idempotencyKey;
    private OffsetDateTime cancelledAt;
    private OffsetDateTime createdAt = OffsetDateTime.now();
    /** The requesting user; left null on the pipeline's threads, the database then takes the document's owner. */
    private String owner = io.pageflow.security.Actor.current();
    private OffsetDateTime startedAt;
    private OffsetDateTime completedAt;
    private OffsetDateTime failedAt;
    private OffsetDateTime updatedAt = OffsetDateTime.now();
    /** The node running the index stage, and until when its lease holds (renewed while the stage runs there). */
    private String leasedBy;
    private OffsetDateTime leaseExpiresAt;
    /** {@code gateway} when the document also goes to the conversion gateway after the export, else null. */
    private String conversion;
    /** The mapping JSON the gateway is sent with the document. */
    private String gatewayMapping;
    /** The OCR model and image steps the job's pages are read with; null: the server's defaults at the time. */
    private String ocrModel;
    private String ocrSteps;
    /** Whether the images of its mixed pages are read by OCR too; null (jobs from before): no. */
    private Boolean ocrImages;
    /** Where the gateway's answer is stored, once there is one. */
    private String resultPath;
    /** What the job does: ingests a document, analyses its pages, or consolidates an analysis. */
    private JobKind kind = JobKind.INGEST;
    /** The analysis profile (name and version) an analysis or consolidation runs with. */
    private String profileName;
    private Integer profileVersion;
    /** The analysis a consolidation works on. */
    private Long sourceJobId;
    /** Distinct items an analysis or consolidation has found so far; it only grows within a run. */
    private int itemsFound;

    /** What lists call the job: its document's title, or the name of the first file when none was given. */
    @Formula("(select coalesce(d.title, (select f.file_name from source_file f where f.document_id = d.id"
            + " order by f.position limit 1)) from document d where d.id = document_id)")
    private String title;

    public static final int DEFAULT_PRIORITY = 4;
    public static final String ON_PAGE_ERROR_CONTINUE = "continue";
    public static final String ON_PAGE_ERROR_STOP = "stop";

    protected Job() {
    }

    public Job(long documentId, JobOptions options) {
        this.documentId = documentId;
        this.priority = options.priority();
        this.onPageError = options.onPageError();
        this.idempotencyKey = options.idempotencyKey();
        this.conversion = options.conversion();
        this.gatewayMapping = options.gatewayMapping();
        this.ocrModel = options.ocrModel();
        this.ocrSteps = options.ocrSteps();
        this.ocrImages = options.ocrImages();
    }

    public String getOcrModel() {
        return ocrModel;
    }

    public String getOcrSteps() {
        return ocrSteps;
    }

    public boolean readsImages() {
        return Boolean.TRUE.equals(ocrImages);
    }

    public boolean convertsWithGateway() {
        return JobOptions.CONVERT_GATEWAY.equals(conversion);
    }

    public String getConversion() {
        return conversion;
    }

    public String getGatewayMapping() {
        return gatewayMapping;
    }

    public String getResultPath() {
        return resultPath;
    }

    /**
     * The storage key of this job's result in a format: {@code json}, {@code xml} (Pageflow's own export) or
     * {@code gateway} (the gateway's answer). The gateway's answer takes {@code results/{id}.xml}, the path its
     * contract names, so the export's own XML of a job that converts with the gateway is kept beside it as
     * {@code results/{id}.export.xml}.
     */
    public String resultKey(String format) {
        if (format.equals("gateway")) {
            return StorageKeys.result(id, "xml");
        }
        return format.equals("xml") && convertsWithGateway() ? StorageKeys.result(id, "export.xml")
                : StorageKeys.result(id, format);
    }

    /** A job of another kind than an ingestion over an ingested document's pages, {@code queued}. */
    public Job(long documentId, JobKind kind, String profileName, int profileVersion, Long sourceJobId, int pagesTotal) {
        this(documentId, JobOptions.DEFAULTS);
        this.kind = kind;
        this.profileName = profileName;
        this.profileVersion = profileVersion;
        this.sourceJobId = sourceJobId;
        this.pagesTotal = pagesTotal;
        this.stage = kind.firstStage();
    }

    public JobKind getKind() {
        return kind;
    }

    public String getProfileName() {
        return profileName;
    }

    public Integer getProfileVersion() {
        return profileVersion;
    }

    public Long getSourceJobId() {
        return sourceJobId;
    }

    public int getItemsFound() {
        return itemsFound;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getTitle() {
        return title;
    }

    public int getPriority() {
        return priority;
    }

    public String getOnPageError() {
        return onPageError;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public JobStatus getStatus() {
        return status;
    }

    public JobStage getStage() {
        return stage;
    }

    public int getProgress() {
        return progress;
    }

    public int getPagesTotal() {
        return pagesTotal;
    }

    public int getPagesDone() {
        return pagesDone;
    }

    public int getPagesFailed() {
        return pagesFailed;
    }

    public Integer getCurrentPage() {
        return currentPage;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public Long getIndexExecutionId() {
        return indexExecutionId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public OffsetDateTime getFailedAt() {
        return failedAt;
    }


    /** The user the job belongs to (docs/security.md), or {@code null} for jobs from before users existed. */
    public String getOwner() {
        return owner;
    }
}
