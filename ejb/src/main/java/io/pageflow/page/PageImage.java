package io.pageflow.page;

import java.awt.image.BufferedImage;

/**
 * A page image on its way to OCR.
 *
 * @param dpi    the resolution it has (pixels per inch of the page)
 * @param ocrDpi the resolution OCR reads it at: higher than {@code dpi} where upscaling helps (see {@link ScanImage})
 */
public record PageImage(BufferedImage image, int dpi, int ocrDpi) {
}
