package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BlankImageTest {

    /** An A4 page at 300 DPI. */
    private static BufferedImage page(Color background) {
        BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        return image;
    }

    @Test
    void aWhitePageIsBlank() {
        assertTrue(BlankImage.isNearUniform(page(Color.WHITE)));
    }

    @Test
    void aGreyScanWithNoiseAndAFewSpecksIsBlank() {
        BufferedImage image = page(new Color(230, 230, 230));
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            int x = random.nextInt(image.getWidth());
            int y = random.nextInt(image.getHeight());
            int level = 210 + random.nextInt(40);
            image.setRGB(x, y, new Color(level, level, level).getRGB());
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(600, 900, 3, 3);
        g.fillRect(1800, 2500, 2, 4);
        g.dispose();
        assertTrue(BlankImage.isNearUniform(image));
    }

    @Test
    void aSingleShortWordIsNotBlank() {
        BufferedImage image = page(Color.WHITE);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 50)); // 12 pt at 300 DPI
        g.drawString("OK", 300, 400);
        g.dispose();
        assertFalse(BlankImage.isNearUniform(image));
    }

    @Test
    void whiteTextOnABlackPageIsNotBlank() {
        BufferedImage image = page(Color.BLACK);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 50));
        g.drawString("Night mode", 300, 400);
        g.dispose();
        assertFalse(BlankImage.isNearUniform(image));
    }
}
