package io.pageflow.understanding;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The pages a person should look at, oldest first: {@code unknown} pages, pages the engine was not sure of,
 * pages whose fields break their schema, pages an engine failed on. A correction takes a page out.
 */
@Stateless
public class ReviewQueue {

    /** Why a page is in the queue. */
    public enum Reason {
        UNKNOWN, LOW_CONFIDENCE, INVALID, ERROR;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Reason fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One page waiting for a person. */
    public record Item(long documentId, int pageNumber, PageUnderstanding understanding, List<Reason> reasons) {
    }

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    UnderstandingSettings settings;

    public List<Item> items(Reason reason, String docType, int offset, int limit) {
        return query("select u, p.pageNumber", reason, docType, " order by u.classifiedAt, u.pageId", Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> {
                    PageUnderstanding u = (PageUnderstanding) row[0];
                    return new Item(u.getDocumentId(), (Integer) row[1], u, u.reviewReasons(settings.reviewConfidence()));
                })
                .toList();
    }

    public long count(Reason reason, String docType) {
        return query("select count(u)", reason, docType, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Reason reason, String docType, String order, Class<T> type) {
        String condition = reason == null ? "" : switch (reason) {
            case UNKNOWN -> " and u.correctedAt is null and u.docType = :unknown";
            case LOW_CONFIDENCE -> " and u.correctedAt is null and u.docType <> :unknown and u.confidence < :confidence";
            case INVALID -> " and u.valid = false";
            case ERROR -> " and u.errorCode is not null";
        };
        TypedQuery<T> query = em.createQuery(select + " from PageUnderstanding u, Page p where p.id = u.pageId"
                + " and u.needsReview = true" + condition + (docType == null ? "" : " and u.docType = :docType") + order, type);
        if (reason == Reason.UNKNOWN || reason == Reason.LOW_CONFIDENCE) {
            query.setParameter("unknown", TypeDefinition.UNKNOWN);
        }
        if (reason == Reason.LOW_CONFIDENCE) {
            query.setParameter("confidence", (float) settings.reviewConfidence());
        }
        if (docType != null) {
            query.setParameter("docType", docType);
        }
        return query;
    }
}
