package io.pageflow.job;

/**
 * Where in the pipeline a job is: split → pages → classify → extract → index → export → (gateway, for a job that
 * asked for conversion by the gateway) → done for an ingestion; analyze → done for an analysis, consolidate → done
 * for a consolidation.
 */
public enum JobStage {
    SPLIT, PAGES, CLASSIFY, EXTRACT, INDEX, EXPORT, GATEWAY, ANALYZE, CONSOLIDATE, DONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static JobStage fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter implements jakarta.persistence.AttributeConverter<JobStage, String> {
        @Override
        public String convertToDatabaseColumn(JobStage stage) {
            return stage == null ? null : stage.label();
        }

        @Override
        public JobStage convertToEntityAttribute(String label) {
            return label == null ? null : fromLabel(label);
        }
    }
}
