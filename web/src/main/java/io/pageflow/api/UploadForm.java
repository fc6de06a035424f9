package io.pageflow.api;

import java.io.File;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of {@code POST /api/jobs}, for the OpenAPI document only. */
@Schema(name = "UploadForm")
public class UploadForm {

    @Schema(required = true, description = "One PDF, or one or more page images (PNG, JPEG, TIFF, WebP) in page order")
    public List<File> file;

    @Schema(description = "Title of the document")
    public String title;

    @Schema(description = "Tesseract language(s) for OCR, e.g. eng or eng+deu", defaultValue = "eng")
    public String language;

    @Schema(description = "What a page failure does: continue (the job completes, failed pages listed) or stop",
            defaultValue = "continue", enumeration = {"continue", "stop"})
    public String onPageError;

    @Schema(description = "0 (lowest) to 9; FIFO within a priority", defaultValue = "4", minimum = "0", maximum = "9")
    public Integer priority;

    @Schema(description = "When the same files are already stored: reject (409), reuse (their job) or store again",
            defaultValue = "reject", enumeration = {"reject", "reuse", "store"})
    public String onDuplicate;

    @Schema(description = "Password of an encrypted PDF; kept only until the document is split", format = "password")
    public String password;

    @Schema(description = "A URL that is sent this job's end (job.completed, job.failed, job.cancelled), signed with "
            + "the server's callback secret; refused (CALLBACKS_DISABLED) when the server has none. See docs/webhooks.md")
    public String callbackUrl;

    @Schema(description = "gateway: after the export, the file also goes to the conversion gateway with the mapping; "
            + "its answer is the job's resultPath (GET /api/jobs/{id}/result?format=gateway). Needs a gateway "
            + "configured (PAGEFLOW_GATEWAY_URL) and exactly one file. See docs/converters.md", enumeration = {"gateway"})
    public String convert;

    @Schema(description = "The mapping JSON sent to the conversion gateway with the file (with convert=gateway only); "
            + "a text field or a file part, at most 1 MiB")
    public String mapping;

    @Schema(description = "The OCR model for pages without a text layer: fast (Tesseract's standard English model) or "
            + "best (the best_int model: more accurate, slower; needs tools/fetch-best-int). Default: the server's "
            + "(PAGEFLOW_OCR_MODEL). See docs/pipeline.md", enumeration = {"fast", "best"})
    public String ocrModel;

    @Schema(description = "Image steps before OCR, comma-separated: orient (turn pages scanned sideways or upside "
            + "down), deskew, binarize (local threshold for uneven light); or none. Default: the server's "
            + "(PAGEFLOW_OCR_STEPS). See docs/pipeline.md", example = "orient,deskew")
    public String ocrSteps;

    @Schema(description = "Whether the images of a mixed page (a text layer beside figures that cover 15 % of the page "
            + "or more) are read by OCR too, their words added to the page's text (textSourceReason "
            + "text-layer-and-images-ocr). Default: false. See docs/pipeline.md", example = "true")
    public Boolean ocrImages;
}
