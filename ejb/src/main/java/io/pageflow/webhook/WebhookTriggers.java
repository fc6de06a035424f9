package io.pageflow.webhook;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.batch.BatchSummaryStored;
import io.pageflow.state.JobEnded;
import io.pageflow.state.PageFailed;
import io.pageflow.understanding.ExtractionJson;
import io.pageflow.understanding.stage.DocumentClassified;

/**
 * Turns the pipeline's events into webhook events, in the transaction of the change that fired them (the
 * observers run synchronously): a job's end, a page's failure, a batch's stored summary, a document's type and
 * fields after the extract stage. Rows are read with SQL, not from the persistence context, which may still hold
 * what a bulk update just changed.
 */
@Stateless
public class WebhookTriggers {

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    WebhookDeliveries deliveries;

    public void jobEnded(@Observes JobEnded ended) {
        deliveries.record(WebhookEvent.ended(ended.status()), ended.jobId(), () -> job(ended.jobId()));
    }

    public void pageFailed(@Observes PageFailed failed) {
        deliveries.record(WebhookEvent.PAGE_FAILED, failed.jobId(), () -> {
            JsonObjectBuilder data = Json.createObjectBuilder()
                    .add("jobId", failed.jobId())
                    .add("documentId", documentOf(failed.jobId()))
                    .add("pageNumber", failed.pageNumber());
            text(data, "errorCode", failed.errorCode());
            text(data, "errorMessage", failed.errorMessage());
            return data.build();
        });
    }

    public void batchEnded(@Observes BatchSummaryStored stored) {
        deliveries.record(WebhookEvent.BATCH_COMPLETED, null, () -> Json.createObjectBuilder()
                .add("batchId", stored.batchId())
                .add("summaryVersion", stored.version())
                .add("summary", Json.createReader(new java.io.StringReader(stored.summary())).readObject())
                .build());
    }

    public void documentClassified(@Observes DocumentClassified classified) {
        deliveries.record(WebhookEvent.DOCUMENT_CLASSIFIED, classified.jobId(), () -> {
            List<?> extraction = em.createNativeQuery("select cast(extraction as text) from document where id = ?1")
                    .setParameter(1, classified.documentId()).getResultList();
            JsonObjectBuilder fields = Json.createObjectBuilder();
            if (!extraction.isEmpty() && extraction.get(0) != null) {
                ExtractionJson.fields(ExtractionJson.parse((String) extraction.get(0)))
                        .forEach((name, field) -> fields.add(name, field.value()));
            }
            return Json.createObjectBuilder()
                    .add("jobId", classified.jobId())
                    .add("documentId", classified.documentId())
                    .add("docType", classified.docType())
                    .add("fields", fields)
                    .build();
        });
    }

    private JsonObject job(long jobId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select j.document_id, j.status, j.pages_total, j.pages_done, j.pages_failed, j.error_code,
                       j.error_message, coalesce(d.title, (select f.file_name from source_file f
                        where f.document_id = d.id order by f.position limit 1))
                  from job j join document d on d.id = j.document_id where j.id = ?1""")
                .setParameter(1, jobId).getSingleResult();
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("jobId", jobId)
                .add("documentId", ((Number) r[0]).longValue())
                .add("status", (String) r[1])
                .add("pagesTotal", ((Number) r[2]).intValue())
                .add("pagesDone", ((Number) r[3]).intValue())
                .add("pagesFailed", ((Number) r[4]).intValue());
        text(data, "errorCode", (String) r[5]);
        text(data, "errorMessage", (String) r[6]);
        text(data, "title", (String) r[7]);
        return data.build();
    }

    private long documentOf(long jobId) {
        return ((Number) em.createNativeQuery("select document_id from job where id = ?1").setParameter(1, jobId)
                .getSingleResult()).longValue();
    }

    private static void text(JsonObjectBuilder data, String name, String value) {
        if (value == null) {
            data.addNull(name);
        } else {
            data.add(name, value);
        }
    }
}
