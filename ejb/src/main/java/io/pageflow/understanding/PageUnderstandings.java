package io.pageflow.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.pageflow.document.PageStatus;
import io.pageflow.error.PipelineFailure;
import io.pageflow.understanding.DocumentMerge.Merged;
import io.pageflow.understanding.DocumentMerge.PageFields;
import io.pageflow.understanding.validation.Validation;

/**
 * The one writer of what pages and documents are understood to be: {@code page_understanding},
 * {@code field_correction} and the document's {@code doc_type} and {@code extraction}. The classify and extract
 * stages find their next pages here (pages without a row, rows without fields), so a stage that stopped
 * resumes where it was and a duplicate message finds nothing to do.
 */
@Stateless
public class PageUnderstandings {

    /** A page to classify or extract, with its text. */
    public record PageToRead(long pageId, int pageNumber, String text, String language, PageUnderstanding understanding) {
        public PageInput input(long documentId) {
            return new PageInput(documentId, pageNumber, text == null ? "" : text, language);
        }
    }

    @PersistenceContext(unitName = "pageflow")
    EntityManager em;

    @Inject
    UnderstandingSettings settings;

    /** Completed pages that have no type yet, in page order. */
    public List<PageToRead> unclassified(long documentId, int limit) {
        return em.createQuery("""
                        select p.id, p.pageNumber, p.text, d.language from Page p, Document d
                         where p.documentId = :document and d.id = p.documentId and p.status = :completed
                           and not exists (select u.pageId from PageUnderstanding u where u.pageId = p.id)
                         order by p.pageNumber""", Object[].class)
                .setParameter("document", documentId)
                .setParameter("completed", PageStatus.COMPLETED)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new PageToRead((Long) row[0], (Integer) row[1], (String) row[2], (String) row[3], null))
                .toList();
    }

    /** Pages of a known type whose fields are not read yet, in page order. */
    public List<PageToRead> unextracted(long documentId, int limit) {
        return em.createQuery("""
                        select p.id, p.pageNumber, p.text, d.language, u from PageUnderstanding u, Page p, Document d
                         where u.documentId = :document and p.id = u.pageId and d.id = u.documentId
                           and p.status = :completed and u.docType <> :unknown and u.extractedAt is null
                         order by p.pageNumber""", Object[].class)
                .setParameter("document", documentId)
                .setParameter("completed", PageStatus.COMPLETED)
                .setParameter("unknown", TypeDefinition.UNKNOWN)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new PageToRead((Long) row[0], (Integer) row[1], (String) row[2], (String) row[3],
                        (PageUnderstanding) row[4]))
                .toList();
    }

    /** The page before {@code pageNumber}, with its text, when it has a type already. */
    public Optional<PageToRead> previous(long documentId, int pageNumber) {
        return em.createQuery("""
                        select p.id, p.pageNumber, p.text, d.language, u from PageUnderstanding u, Page p, Document d
                         where u.documentId = :document and p.id = u.pageId and d.id = u.documentId
                           and p.pageNumber = :number""", Object[].class)
                .setParameter("document", documentId)
                .setParameter("number", pageNumber - 1)
                .getResultStream()
                .findFirst()
                .map(row -> new PageToRead((Long) row[0], (Integer) row[1], (String) row[2], (String) row[3],
                        (PageUnderstanding) row[4]));
    }

    /**
     * Stores a page's type. A page goes to review when it is {@code unknown}, when the engine was not sure
     * enough, or when the engine failed ({@code failure}, kept with the page): {@link PageUnderstanding#judge}.
     */
    public void classified(long documentId, PageToRead page, Classification classification, PipelineFailure failure) {
        PageUnderstanding row = new PageUnderstanding(page.pageId(), documentId, classification,
                scoresJson(classification).toString());
        if (failure != null) {
            row.failed(failure.code().name(), failure.message());
        }
        row.judge(settings.reviewConfidence());
        em.persist(row);
    }

    /** Stores a page's fields and their validation; invalid or unsure fields send the page to review. */
    public void extracted(PageUnderstanding row, JsonObject extraction, Validation validation, TokenUsage tokens,
            PipelineFailure failure) {
        PageUnderstanding managed = em.merge(row);
        managed.extracted(extraction.toString(), validation.valid(), tokens);
        if (failure != null) {
            managed.failed(failure.code().name(), failure.message());
        }
        managed.judge(settings.reviewConfidence());
    }

    /**
     * After the document's fields were merged and checked as a whole: each page of the document's type is valid
     * only if its own fields and the document's are, so that a document missing a required field is reviewed
     * (on each of its pages of that type) even when every page is fine on its own.
     */
    public void documentChecked(long documentId, String docType, boolean documentValid) {
        for (PageUnderstanding row : ofDocument(documentId).values()) {
            if (row.getDocType().equals(docType) && row.getExtraction() != null) {
                boolean pageValid = ExtractionJson.parse(row.getExtraction()).getJsonObject("validation").getBoolean("valid");
                row.documentChecked(pageValid && documentValid);
                row.judge(settings.reviewConfidence());
            }
        }
    }

    public Optional<PageUnderstanding> of(long pageId) {
        return Optional.ofNullable(em.find(PageUnderstanding.class, pageId));
    }

    /** Every page's understanding of a document, by page number. */
    public Map<Integer, PageUnderstanding> ofDocument(long documentId) {
        Map<Integer, PageUnderstanding> result = new LinkedHashMap<>();
        em.createQuery("""
                        select p.pageNumber, u from PageUnderstanding u, Page p
                         where u.documentId = :document and p.id = u.pageId order by p.pageNumber""", Object[].class)
                .setParameter("document", documentId)
                .getResultStream()
                .forEach(row -> result.put((Integer) row[0], (PageUnderstanding) row[1]));
        return result;
    }

    /** A person's values over the engine's, by field. */
    public Map<String, JsonValue> corrections(long pageId) {
        Map<String, JsonValue> result = new LinkedHashMap<>();
        em.createQuery("select c from FieldCorrection c where c.pageId = :page order by c.field", FieldCorrection.class)
                .setParameter("page", pageId)
                .getResultStream()
                .forEach(c -> result.put(c.getField(), ExtractionJson.parseValue(c.getValue())));
        return result;
    }

    public void correct(long pageId, String field, JsonValue value, String user) {
        FieldCorrection existing = em.find(FieldCorrection.class, new FieldCorrection.Key(pageId, field));
        if (existing == null) {
            em.persist(new FieldCorrection(pageId, field, value.toString(), user));
        } else {
            existing.change(value.toString(), user);
        }
    }

    /** After a person's correction: the page is out of the review queue once its fields are valid. */
    public void corrected(PageUnderstanding row, Extractions.Result result) {
        PageUnderstanding managed = em.merge(row);
        managed.corrected();
        if (result != null) {
            managed.extracted(result.json().toString(), result.validation().valid(), TokenUsage.NONE);
        }
        managed.judge(settings.reviewConfidence());
    }

    /** A person says what type a page is, with full confidence; its fields are those they give. */
    public void retype(long documentId, long pageId, TypeDefinition type) {
        PageUnderstanding row = em.find(PageUnderstanding.class, pageId);
        Classification byHand = new Classification(type.name(), type.version(), 1.0,
                List.of(new TypeScore(type.name(), 1.0)), FieldValue.HUMAN, TokenUsage.NONE);
        if (row != null) {
            em.remove(row);
            em.flush();
        }
        // corrections made for the page's former type do not apply to this one
        em.createQuery("delete from FieldCorrection c where c.pageId = :page").setParameter("page", pageId).executeUpdate();
        PageUnderstanding retyped = new PageUnderstanding(pageId, documentId, byHand, scoresJson(byHand).toString());
        retyped.corrected();
        retyped.judge(settings.reviewConfidence());
        em.persist(retyped);
    }

    /** The document's type and fields from its pages ({@link DocumentMerge}), or none when no page has a type. */
    public Merged mergeDocument(long documentId) {
        List<PageFields> pages = ofDocument(documentId).entrySet().stream()
                .map(e -> new PageFields(e.getKey(), e.getValue().getDocType(), e.getValue().getTypeVersion(),
                        e.getValue().getConfidence(),
                        e.getValue().getExtraction() == null ? null : ExtractionJson.parse(e.getValue().getExtraction())))
                .toList();
        return DocumentMerge.merge(pages);
    }

    public void documentUnderstood(long documentId, String docType, JsonObject extraction) {
        em.createQuery("update Document d set d.docType = :type, d.extraction = :extraction where d.id = :id")
                .setParameter("type", docType)
                .setParameter("extraction", extraction == null ? null : extraction.toString())
                .setParameter("id", documentId)
                .executeUpdate();
    }

    /**
     * Forgets what reset pages were understood to be (their text is made again), and the document's merged
     * fields until the extract stage makes them again; with {@code corrections} (a restart or a replaced source)
     * people's corrections of those pages go too. Called by {@link io.pageflow.state.PageStates#reset}, for the
     * pages it just made pending.
     */
    public void forget(long documentId, Integer pageNumber, boolean corrections) {
        documentUnderstood(documentId, null, null);
        String pages = "select p.id from Page p where p.documentId = :document and p.status = :pending"
                + (pageNumber == null ? "" : " and p.pageNumber = :page");
        for (String entity : corrections ? List.of("PageUnderstanding", "FieldCorrection") : List.of("PageUnderstanding")) {
            var delete = em.createQuery("delete from " + entity + " x where x.pageId in (" + pages + ")")
                    .setParameter("document", documentId)
                    .setParameter("pending", PageStatus.PENDING);
            if (pageNumber != null) {
                delete.setParameter("page", pageNumber);
            }
            delete.executeUpdate();
        }
    }

    private static JsonObject scoresJson(Classification classification) {
        JsonArrayBuilder top = Json.createArrayBuilder();
        classification.top().forEach(score -> top.add(Json.createObjectBuilder()
                .add("docType", score.docType()).add("score", ExtractionJson.round(score.score()))));
        return Json.createObjectBuilder().add("top", top).build();
    }
}
