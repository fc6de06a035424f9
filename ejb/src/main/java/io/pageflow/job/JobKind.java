package io.pageflow.job;

/** What a job does: ingests a document, analyses an ingested document's pages, or consolidates an analysis. */
public enum JobKind {
    INGEST(JobStage.SPLIT), ANALYSIS(JobStage.ANALYZE), CONSOLIDATION(JobStage.CONSOLIDATE);

    private final JobStage firstStage;

    JobKind(JobStage firstStage) {
        this.firstStage = firstStage;
    }

    /** The stage a job of this kind starts in. */
    public JobStage firstStage() {
        return firstStage;
    }

    /** Analyses and consolidations keep their per-page state in their own rows, not in the document's pages. */
    public boolean worksOnAnalysisPages() {
        return this != INGEST;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static JobKind fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter implements jakarta.persistence.AttributeConverter<JobKind, String> {
        @Override
        public String convertToDatabaseColumn(JobKind kind) {
            return kind == null ? null : kind.label();
        }

        @Override
        public JobKind convertToEntityAttribute(String label) {
            return label == null ? null : fromLabel(label);
        }
    }
}
