package io.pageflow.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.ingest.ImageLimits;
import io.pageflow.storage.ObjectStorage;
import io.pageflow.storage.StorageException;
import io.pageflow.storage.StorageKeys;

/**
 * Gets the text of one page: the PDF's own text layer when it is usable ({@link TextLayer}), otherwise OCR of the
 * page's scanned image or of the page rendered at 300 DPI (see {@link PageRenderer}), or of an uploaded image at the
 * resolution it declares ({@link UploadedImage}), with the job's OCR options.
 * A page that paints nothing, or whose image is near-uniform ({@link BlankImage}), completes blank without OCR.
 * Most text-layer pages are read at split instead ({@code split.TextLayerPass}); this reads those that come here
 * again (a retry, a restart) the same way.
 */
@ApplicationScoped
public class PageExtractor {

    @Inject
    ObjectStorage storage;

    @Inject
    OcrEngine ocr;

    @Inject
    PageRenderer renderer;

    @Inject
    PageFiles files;

    @Inject
    ImageLimits imageLimits;

    @Inject
    JobOcrOptions ocrOptions;

    public PageResult extract(PageWork work) {
        return work.fromPdf() ? fromPdf(work) : fromImage(work);
    }

    private PageResult fromPdf(PageWork work) {
        Path source = download(files.source(work.sourceKey()));
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            // rendered on first request (PageFiles): most pages are never looked at
            String imageKey = StorageKeys.imageBeside(work.sourceKey());
            PageReading reading = PageTextReader.read(pdf, 1, 1).get(1);
            TextLayer.Decision decision = TextLayer.decide(reading);
            if (decision.way() == TextLayer.Way.BLANK) {
                return PageResult.blank(decision.reason(), imageKey);
            }
            if (decision.isTextLayer()) {
                if (work.ocrImages() && TextLayer.Reasons.TEXT_LAYER_WITH_IMAGES.equals(decision.reason())) {
                    return withFigures(work, pdf, reading.text(), imageKey);
                }
                return PageResult.textLayer(reading.text(), decision.reason(), imageKey);
            }
            PageImage scan = renderer.forOcr(pdf, work.pageNumber());
            if (BlankImage.isNearUniform(scan.image())) {
                return PageResult.blank(TextLayer.Reasons.BLANK_UNIFORM_IMAGE, imageKey);
            }
            return recognize(work, scan, imageKey, decision.reason());
        } catch (InvalidPasswordException e) {
            throw new PipelineException(ErrorCode.PDF_ENCRYPTED, "Page " + work.pageNumber() + " is encrypted", e);
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.PDF_CORRUPT,
                    "Page " + work.pageNumber() + " cannot be read: " + e.getMessage(), e);
        } catch (PipelineException | StorageException | FaultToleranceException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox reports some malformed structures with runtime exceptions: still a broken page.
            throw new PipelineException(ErrorCode.PDF_CORRUPT, "Page " + work.pageNumber() + " cannot be read: " + e, e);
        } finally {
            deleteQuietly(source);
        }
    }

    private PageResult fromImage(PageWork work) {
        long pixels;
        try (InputStream in = storage.open(work.sourceKey())) {
            pixels = ImageLimits.declaredPixels(in);
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.IMAGE_UNREADABLE,
                    "Page " + work.pageNumber() + " image header cannot be read: " + e.getMessage(), e);
        }
        if (imageLimits.isTooLarge(pixels)) {
            throw new PipelineException(ErrorCode.IMAGE_TOO_LARGE, "Page " + work.pageNumber() + " declares " + pixels
                    + " pixels; the limit is " + imageLimits.maxPixels());
        }
        UploadedImage image;
        try (InputStream in = storage.open(work.sourceKey())) {
            image = UploadedImage.read(in);
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.IMAGE_UNREADABLE,
                    "Page " + work.pageNumber() + " image cannot be decoded: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new PipelineException(ErrorCode.IMAGE_UNREADABLE,
                    "Page " + work.pageNumber() + " image is in a format this server cannot decode");
        }
        if (BlankImage.isNearUniform(image.image())) {
            return PageResult.blank(TextLayer.Reasons.BLANK_UNIFORM_IMAGE, work.sourceKey());
        }
        // read at the resolution the file declares, upscaled where that helps, as a scanned PDF page is
        PageImage page = new PageImage(image.image(), image.dpi(),
                ScanImage.ocrDpi(image.image(), image.dpi(), imageLimits.maxPixels()));
        return recognize(work, page, work.sourceKey(), TextLayer.Reasons.IMAGE);
    }

    private PageResult recognize(PageWork work, PageImage image, String imageKey, String reason) {
        OcrEngine.OcrResult result = ocr.recognize(image, work.language(), ocrOptions.of(work.ocrModel(), work.ocrSteps()));
        String text = normalize(result.text());
        if (text.isBlank()) {
            throw new PipelineException(ErrorCode.OCR_EMPTY, "OCR found no text on page " + work.pageNumber());
        }
        return PageResult.ocr(text, result.confidence(), reason, imageKey);
    }

    /**
     * A mixed page whose job asked for its images to be read: the text layer, then the words of each figure
     * ({@link PageFigures}) in the order the page draws them, a blank line between.
     */
    private PageResult withFigures(PageWork work, PDDocument pdf, String text, String imageKey) throws IOException {
        OcrOptions options = ocrOptions.of(work.ocrModel(), work.ocrSteps());
        StringBuilder read = new StringBuilder(text);
        for (PageImage figure : PageFigures.of(pdf.getPage(0), imageLimits.maxPixels())) {
            if (BlankImage.isNearUniform(figure.image())) {
                continue;
            }
            String words = normalize(ocr.recognize(figure, work.language(), options).text());
            if (!words.isBlank()) {
                read.append("\n\n").append(words);
            }
        }
        return PageResult.textLayer(read.toString(), TextLayer.Reasons.TEXT_LAYER_AND_IMAGES_OCR, imageKey);
    }

    /** Unix line ends, no trailing spaces, no leading or trailing blank lines. */
    static String normalize(String text) {
        return PageTextReader.normalize(text);
    }

    private Path download(String key) {
        return files.download(key);
    }

    private static void deleteQuietly(Path path) {
        PageFiles.deleteQuietly(path);
    }

}
