package io.pageflow.page;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;

/** Pages of known text drawn with Java2D, scanned badly on purpose: turned, askew, under uneven light. */
final class TestPages {

    static final List<String> LINES = List.of(
            "Orientation detection turns pages scanned upside down",
            "before Tesseract reads them, so their words come out",
            "in the right order and spelled as they were printed.",
            "A scanner that feeds a page the wrong way round makes",
            "such pages; so does a person in a hurry at a copier.",
            "Deskewing straightens a page that was fed askew, and",
            "binarisation with a local threshold keeps the letters",
            "where the light falls unevenly across the paper sheet.");

    private TestPages() {
    }

    /** An A4 page at 300 DPI (2480 × 3508) in grey with {@link #LINES} in a 12-point serif face. */
    static BufferedImage page() {
        BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 52));
        int y = 300;
        for (String line : LINES) {
            g.drawString(line, 250, y);
            y += 80;
        }
        g.dispose();
        return image;
    }

    static String text() {
        return String.join("\n", LINES);
    }

    /** The page turned by {@code degrees} about its centre, the corners it uncovers white, as a scanner leaves them. */
    static BufferedImage turned(BufferedImage page, double degrees) {
        int width = page.getWidth();
        int height = page.getHeight();
        boolean sideways = Math.abs(degrees % 180) == 90;
        BufferedImage out = new BufferedImage(sideways ? height : width, sideways ? width : height,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform turn = new AffineTransform();
        turn.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        turn.rotate(Math.toRadians(degrees));
        turn.translate(-width / 2.0, -height / 2.0);
        g.drawImage(page, turn, null);
        g.dispose();
        return out;
    }

    /** The page under light that falls from white at the top left to dark grey at the bottom right. */
    static BufferedImage unevenLight(BufferedImage page, int darkest) {
        int width = page.getWidth();
        int height = page.getHeight();
        BufferedImage shade = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = shade.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.WHITE, width, height, new Color(darkest, darkest, darkest)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        int[] paper = new int[width];
        int[] light = new int[width];
        for (int y = 0; y < height; y++) {
            page.getRaster().getPixels(0, y, width, 1, paper);
            shade.getRaster().getPixels(0, y, width, 1, light);
            for (int x = 0; x < width; x++) {
                paper[x] = paper[x] * light[x] / 255;
            }
            out.getRaster().setPixels(0, y, width, 1, paper);
        }
        return out;
    }
}
