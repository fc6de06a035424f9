package io.pageflow.job;

/** queued → processing → completed | failed | cancelled. */
public enum JobStatus {
    QUEUED, PROCESSING, COMPLETED, FAILED, CANCELLED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public static JobStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter implements jakarta.persistence.AttributeConverter<JobStatus, String> {
        @Override
        public String convertToDatabaseColumn(JobStatus status) {
            return status == null ? null : status.label();
        }

        @Override
        public JobStatus convertToEntityAttribute(String label) {
            return label == null ? null : fromLabel(label);
        }
    }
}
