package jp.tokyo.mcc.richmenu.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import jp.tokyo.mcc.richmenu.RichMenu;

/**
 * Draws a rich menu's image with Java2D: one rounded tile per area, its label large and its note smaller, white on
 * dark blue (8.6:1) or, for an urgent button, white on dark red (6.5:1), both above WCAG's 4.5:1 for text; a label too
 * wide for its tile is drawn smaller. The font is IPAGothic (Debian's fonts-ipafont-gothic), looked up as a file and
 * by name; without a font that can write the labels, {@link #fontFor(String)} says so and nothing is drawn. PNG, as
 * LINE takes it (at most 1 MB; a menu of flat tiles is far below).
 */
final class RichMenuImage {

    /** Changes when the drawing changes, so that LINE gets the new image (it is part of the menu's hash). */
    static final String VERSION = "tiles-1";
    static final int MAX_BYTES = 1_000_000;
    static final Color BACKGROUND = new Color(0xF2F4F7);
    static final Color NORMAL = new Color(0x1D4F91);
    static final Color URGENT = new Color(0xB3261E);
    static final Color TEXT = Color.WHITE;

    private static final List<Path> FONT_FILES = List.of(
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf"));
    private static final Font BASE = loadFont();

    private RichMenuImage() {
    }

    /** The font that writes all of {@code text}, or empty (no Japanese font on this server). */
    static Optional<Font> fontFor(String text) {
        return BASE != null && BASE.canDisplayUpTo(text) < 0 ? Optional.of(BASE) : Optional.empty();
    }

    static byte[] png(RichMenu menu) {
        BufferedImage image = new BufferedImage(menu.width(), menu.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, menu.width(), menu.height());
            for (RichMenu.Area area : menu.areas()) {
                tile(g, area);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void tile(Graphics2D g, RichMenu.Area area) {
        int gap = 14;
        double x = area.x() + gap;
        double y = area.y() + gap;
        double w = area.width() - 2.0 * gap;
        double h = area.height() - 2.0 * gap;
        g.setColor(area.urgent() ? URGENT : NORMAL);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 48, 48));
        Font base = fontFor(area.label() + area.note()).orElseThrow(() -> new IllegalStateException("no Japanese font"));
        int maxWidth = (int) (w * 0.88);
        Font label = fitted(g, base.deriveFont(Font.BOLD, (float) Math.min(h * 0.2, 130)), area.label(), maxWidth);
        boolean noted = !area.note().isEmpty();
        Font note = noted ? fitted(g, base.deriveFont(Font.PLAIN, (float) Math.min(h * 0.1, 64)), area.note(), maxWidth)
                : null;
        FontMetrics lm = g.getFontMetrics(label);
        FontMetrics nm = noted ? g.getFontMetrics(note) : null;
        int spacing = noted ? (int) (lm.getHeight() * 0.35) : 0;
        int total = lm.getAscent() + lm.getDescent() + (noted ? spacing + nm.getAscent() + nm.getDescent() : 0);
        double top = y + (h - total) / 2.0;
        g.setColor(TEXT);
        g.setFont(label);
        g.drawString(area.label(), (float) (x + (w - lm.stringWidth(area.label())) / 2.0), (float) (top + lm.getAscent()));
        if (noted) {
            g.setFont(note);
            double noteTop = top + lm.getAscent() + lm.getDescent() + spacing;
            g.drawString(area.note(), (float) (x + (w - nm.stringWidth(area.note())) / 2.0),
                    (float) (noteTop + nm.getAscent()));
        }
    }

    private static Font fitted(Graphics2D g, Font font, String text, int maxWidth) {
        Font f = font;
        while (f.getSize2D() > 12 && g.getFontMetrics(f).stringWidth(text) > maxWidth) {
            f = f.deriveFont(f.getSize2D() * 0.92f);
        }
        return f;
    }

    private static Font loadFont() {
        for (Path file : FONT_FILES) {
            if (Files.isReadable(file)) {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
                } catch (FontFormatException | IOException e) {
                    // try the next one
                }
            }
        }
        Font byName = new Font("IPAGothic", Font.PLAIN, 12);
        return byName.canDisplayUpTo("\u30e1\u30cb\u30e5\u30fc") < 0 ? byName : null; // kana: a Japanese font
    }
}
