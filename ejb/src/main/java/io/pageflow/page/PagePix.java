package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import net.sourceforge.lept4j.Leptonica;
import net.sourceforge.lept4j.Pix;

/**
 * A page image in Leptonica's memory (a {@code Pix}), owned by this object and freed by {@link #close()}. Each
 * step that makes a new image replaces the one held and frees the old, so a chain of steps never leaks native
 * memory whatever step fails. Leptonica is reached through {@code Leptonica.INSTANCE}: tess4j's {@code Leptonica1}
 * (and {@code LeptUtils}) declare functions that Debian 12's Leptonica 1.82 lacks and fail to load.
 */
final class PagePix implements AutoCloseable {

    static final Leptonica LEPT = Leptonica.INSTANCE;

    private Pix pix;

    private PagePix(Pix pix) {
        if (pix == null) {
            throw new IllegalStateException("Leptonica could not make the image");
        }
        this.pix = pix;
    }

    /** An 8-bit grey copy of {@code image} (any type; colour becomes its luma, see {@link Images#grey}). */
    static PagePix of(BufferedImage image) {
        BufferedImage grey = Images.grey(image);
        int width = grey.getWidth();
        int height = grey.getHeight();
        PagePix made = new PagePix(LEPT.pixCreate(width, height, 8));
        try {
            int wpl = LEPT.pixGetWpl(made.pix);
            Pointer data = LEPT.pixGetData(made.pix).getPointer();
            byte[] pixels = new byte[width];
            int[] row = new int[wpl];
            // Leptonica keeps 8-bit pixels four to a 32-bit word, the first pixel in the word's most significant byte
            for (int y = 0; y < height; y++) {
                grey.getRaster().getDataElements(0, y, width, 1, pixels);
                Arrays.fill(row, 0);
                for (int x = 0; x < width; x++) {
                    row[x >> 2] |= (pixels[x] & 0xFF) << (24 - 8 * (x & 3));
                }
                data.write((long) y * wpl * 4, row, 0, wpl);
            }
            return made;
        } catch (RuntimeException e) {
            made.close();
            throw e;
        }
    }

    /** A copy of its own, to be closed by the caller. */
    PagePix copy() {
        return new PagePix(LEPT.pixCopy(null, pix));
    }

    Pix pix() {
        return pix;
    }

    int width() {
        return LEPT.pixGetWidth(pix);
    }

    int height() {
        return LEPT.pixGetHeight(pix);
    }

    int depth() {
        return LEPT.pixGetDepth(pix);
    }

    /** Replaces the image held by {@code next} (made from it by a Leptonica call) and frees the old one. */
    void replace(Pix next) {
        if (next == null) {
            throw new IllegalStateException("Leptonica could not process the image");
        }
        if (next.getPointer().equals(pix.getPointer())) {
            destroy(next); // Leptonica answered with a clone of the same image: only its reference count goes
            return;
        }
        Pix old = pix;
        pix = next;
        destroy(old);
    }

    /** Back into Java, as 8-bit grey (a 1-bit image becomes black and white): for tests and the benchmark. */
    BufferedImage toImage() {
        Pix eight = depth() == 8 ? LEPT.pixClone(pix) : LEPT.pixConvertTo8(pix, 0);
        try {
            int width = LEPT.pixGetWidth(eight);
            int height = LEPT.pixGetHeight(eight);
            int wpl = LEPT.pixGetWpl(eight);
            Pointer data = LEPT.pixGetData(eight).getPointer();
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int[] row = new int[wpl];
            for (int y = 0; y < height; y++) {
                data.read((long) y * wpl * 4, row, 0, wpl);
                for (int x = 0; x < width; x++) {
                    pixels[y * width + x] = (byte) (row[x >> 2] >>> (24 - 8 * (x & 3)));
                }
            }
            return image;
        } finally {
            destroy(eight);
        }
    }

    static void destroy(Pix pix) {
        if (pix != null) {
            LEPT.pixDestroy(new PointerByReference(pix.getPointer()));
        }
    }

    @Override
    public void close() {
        Pix old = pix;
        pix = null;
        destroy(old);
    }
}
