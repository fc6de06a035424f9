package io.pageflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses images whose pixel count is over the limit, from their header alone: a decompression bomb (a
 * small file that decodes to gigabytes) is caught before anything decodes it.
 */
@ApplicationScoped
public class ImageLimits {

    @Inject
    @ConfigProperty(name = "pageflow.image.max-pixels", defaultValue = "100000000")
    long maxPixels;

    /** Width × height as the image's header declares them; -1 when no reader understands the header. */
    public static long declaredPixels(InputStream image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image)) {
            if (in == null) {
                return -1;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return -1;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        }
    }

    public long maxPixels() {
        return maxPixels;
    }

    public boolean isTooLarge(long pixels) {
        return pixels > maxPixels;
    }
}
