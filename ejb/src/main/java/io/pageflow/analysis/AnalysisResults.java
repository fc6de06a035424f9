package io.pageflow.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What analyses and consolidations found, as read by the API. */
@Stateless
public class AnalysisResults {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    /** A page at a time of the job's per-page rows, in page order. */
    public List<AnalysisPage> pages(long jobId, int offset, int limit) {
        return em.createQuery("select p from AnalysisPage p where p.jobId = :job order by p.pageNumber", AnalysisPage.class)
                .setParameter("job", jobId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countPages(long jobId) {
        return em.createQuery("select count(p) from AnalysisPage p where p.jobId = :job", Long.class)
                .setParameter("job", jobId).getSingleResult();
    }

    /** A consolidation's items, in the order of the first page each came from. */
    public List<ConsolidatedItem> items(long jobId) {
        return em.createQuery("select i from ConsolidatedItem i where i.jobId = :job", ConsolidatedItem.class)
                .setParameter("job", jobId).getResultList().stream()
                .sorted(Comparator.<ConsolidatedItem>comparingInt(i -> i.getPages().length == 0 ? Integer.MAX_VALUE
                        : Arrays.stream(i.getPages()).mapToInt(Integer::intValue).min().orElseThrow())
                        .thenComparing(ConsolidatedItem::getName))
                .toList();
    }
}
