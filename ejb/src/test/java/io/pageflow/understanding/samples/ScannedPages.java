package io.pageflow.understanding.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * A page as a scanner gives it: grey, at a chosen resolution, turned by a small skew, slightly blurred, with
 * sensor noise, a greyish paper and a few specks of dust. The skew and noise come from the sample's seed.
 */
public final class ScannedPages {

    private ScannedPages() {
    }

    /**
     * @param skewDegrees the page's rotation, e.g. within ±1.5
     * @param seed        the noise's seed
     */
    public static BufferedImage scan(PageDrawing page, int dpi, double skewDegrees, long seed) {
        float scale = dpi / 72f;
        int width = Math.round(PageDrawing.WIDTH * scale);
        int height = Math.round(PageDrawing.HEIGHT * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(242, 242, 242));
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.rotate(Math.toRadians(skewDegrees), width / 2.0, height / 2.0);
            g.setColor(new Color(28, 28, 28));
            g.setStroke(new BasicStroke(0.8f * scale));
            for (float[] r : page.rules) {
                g.drawLine(Math.round(r[0] * scale), Math.round(r[1] * scale), Math.round(r[2] * scale),
                        Math.round(r[3] * scale));
            }
            for (PageDrawing.Run run : page.runs()) {
                Font font = new Font(family(page.face()), run.bold() ? Font.BOLD : Font.PLAIN, 10)
                        .deriveFont(run.size() * scale);
                String text = font.canDisplayUpTo(run.text()) < 0 ? run.text() : PdfPages.printable(run.text());
                g.setFont(font);
                float w = g.getFontMetrics().stringWidth(text);
                float x = run.x() * scale - (run.right() ? w : 0);
                g.drawString(text, x, run.y() * scale);
            }
        } finally {
            g.dispose();
        }
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, new float[] {0.04f, 0.12f, 0.04f, 0.12f, 0.36f, 0.12f,
            0.04f, 0.12f, 0.04f}), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
        noise(blurred, new Random(seed));
        return blurred;
    }

    public static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void noise(BufferedImage image, Random random) {
        WritableRaster raster = image.getRaster();
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            raster.getPixels(0, y, row.length, 1, row);
            for (int x = 0; x < row.length; x++) {
                int v = row[x] + (int) Math.round(random.nextGaussian() * 10);
                if (random.nextInt(20_000) == 0) {
                    v = 40; // a speck of dust
                }
                row[x] = Math.max(0, Math.min(255, v));
            }
            raster.setPixels(0, y, row.length, 1, row);
        }
    }

    private static String family(PageDrawing.Face face) {
        return switch (face) {
            case SANS -> Font.SANS_SERIF;
            case SERIF -> Font.SERIF;
            case MONO -> Font.MONOSPACED;
        };
    }
}
