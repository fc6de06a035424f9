package io.pageflow.api.analysis;

import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.pageflow.analysis.AnalysisPage;
import io.pageflow.analysis.ConsolidatedItem;
import io.pageflow.document.PageStatus;
import io.pageflow.job.Job;
import io.pageflow.understanding.type.DocumentTypes;

/**
 * The result of an analysis (each page's result) or of a consolidation (each merged item with its pages), as
 * {@code GET /api/jobs/{id}/result} serves them.
 */
public final class AnalysisResultBody {

    private AnalysisResultBody() {
    }

    public static JsonObject consolidation(Job job, List<ConsolidatedItem> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ConsolidatedItem item : items) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("name", item.getName());
            if (item.getTopic() != null) {
                entry.add("topic", item.getTopic());
            }
            array.add(entry
                    .add("pages", Json.createArrayBuilder(Arrays.asList(item.getPages())))
                    .add("variants", Json.createArrayBuilder(Arrays.asList(item.getVariants()))));
        }
        return head(job).add("analysisJobId", job.getSourceJobId()).add("items", array).build();
    }

    public static JsonObject analysis(Job job, List<AnalysisPage> pages) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AnalysisPage page : pages) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("pageNumber", page.getPageNumber())
                    .add("status", page.getStatus().label());
            if (page.getStatus() == PageStatus.COMPLETED && page.getResult() != null) {
                entry.add("result", DocumentTypes.parse(page.getResult()));
            }
            if (page.getErrorCode() != null) {
                entry.add("errorCode", page.getErrorCode());
            }
            array.add(entry);
        }
        return head(job).add("pages", array).build();
    }

    private static JsonObjectBuilder head(Job job) {
        return Json.createObjectBuilder().add("jobId", job.getId()).add("kind", job.getKind().label())
                .add("documentId", job.getDocumentId()).add("profile", job.getProfileName())
                .add("profileVersion", job.getProfileVersion()).add("itemsFound", job.getItemsFound());
    }
}
