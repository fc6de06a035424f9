package io.pageflow.document;

/** pending → processing → completed | failed. */
public enum PageStatus {
    PENDING, PROCESSING, COMPLETED, FAILED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter implements jakarta.persistence.AttributeConverter<PageStatus, String> {
        @Override
        public String convertToDatabaseColumn(PageStatus status) {
            return status == null ? null : status.label();
        }

        @Override
        public PageStatus convertToEntityAttribute(String label) {
            return label == null ? null : valueOf(label.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
