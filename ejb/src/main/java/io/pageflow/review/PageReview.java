package io.pageflow.review;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A reviewer's verdict on a page's text: unreviewed until someone approves or rejects it. */
public enum PageReview {
    UNREVIEWED, APPROVED, REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict named by {@code label}; {@link IllegalArgumentException} for anything else. */
    public static PageReview fromLabel(String label) {
        for (PageReview review : values()) {
            if (review.label().equals(label)) {
                return review;
            }
        }
        throw new IllegalArgumentException("review must be one of unreviewed, approved, rejected");
    }

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<PageReview, String> {
        @Override
        public String convertToDatabaseColumn(PageReview review) {
            return review == null ? null : review.label();
        }

        @Override
        public PageReview convertToEntityAttribute(String label) {
            return label == null ? null : fromLabel(label);
        }
    }
}
