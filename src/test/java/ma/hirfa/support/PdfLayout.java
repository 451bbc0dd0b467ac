package ma.hirfa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the text of a generated PDF sits, so a test can say that nothing overlaps and nothing leaves the
 * page or the printed frame (ADR 0034), and the pages as PNGs under target/screenshots for people to look
 * at. Text is grouped into lines: glyphs on one baseline, no wider apart than a word space. A line's box runs from the
 * ascender to the descender of its font size (0.75 em above the baseline, 0.2 below), which is what a
 * reader sees collide; glyph boxes PDFBox reports are the font's whole bounding box and overlap by design.
 */
public final class PdfLayout {

    private static final float MM = 72f / 25.4f;

    /** Less than this (in points) in both directions is two glyphs kissing, not one line printed over another. */
    private static final float TOLERANCE = 0.6f;

    private final List<Page> pages;

    private PdfLayout(List<Page> pages) {
        this.pages = pages;
    }

    /** One line of text on a page, in points from the top left corner; {@code visual} reads it left to right. */
    public record Line(int page, String visual, float left, float top, float right, float bottom) {

        boolean overlaps(Line other) {
            return page == other.page
                    && Math.min(right, other.right) - Math.max(left, other.left) > TOLERANCE
                    && Math.min(bottom, other.bottom) - Math.max(top, other.top) > TOLERANCE;
        }

        boolean overlaps(Rectangle2D box) {
            return Math.min(right, box.getMaxX()) - Math.max(left, box.getMinX()) > TOLERANCE
                    && Math.min(bottom, box.getMaxY()) - Math.max(top, box.getMinY()) > TOLERANCE;
        }

        boolean inside(Rectangle2D box) {
            return left >= box.getMinX() - TOLERANCE
                    && right <= box.getMaxX() + TOLERANCE
                    && top >= box.getMinY() - TOLERANCE
                    && bottom <= box.getMaxY() + TOLERANCE;
        }

        @Override
        public String toString() {
            return "p%d [%.0f,%.0f–%.0f,%.0f] \"%s\"".formatted(page, left, top, right, bottom, visual);
        }
    }

    record Page(float width, float height, List<Line> lines, List<Rectangle2D> images) {}

    public static PdfLayout of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                var box = document.getPage(i).getCropBox();
                pages.add(new Page(
                        box.getWidth(), box.getHeight(), lines(document, i + 1), PdfImages.on(document.getPage(i))));
            }
            return new PdfLayout(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders every page to {@code target/screenshots/<name>-<page>.png} and reads the layout. */
    public static PdfLayout screenshot(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                // a card (85.6 mm) needs more dots than an A4 page to be readable on screen
                float dpi = document.getPage(i).getCropBox().getWidth() < 300 ? 300 : 110;
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ImageIO.write(
                        image,
                        "png",
                        folder.resolve(name + "-" + (i + 1) + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(pdf);
    }

    public List<Line> lines() {
        return pages.stream().flatMap(p -> p.lines().stream()).toList();
    }

    /** No line of text is printed over another one or over an image (a QR code, a photo). */
    public PdfLayout assertNothingOverlaps() {
        List<String> clashes = new ArrayList<>();
        for (Page page : pages) {
            List<Line> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(i).overlaps(lines.get(j))) {
                        clashes.add(lines.get(i) + " × " + lines.get(j));
                    }
                }
                for (Rectangle2D image : page.images()) {
                    if (lines.get(i).overlaps(image)) {
                        clashes.add(lines.get(i) + " × image " + image.getBounds());
                    }
                }
            }
        }
        assertThat(clashes).as("text printed over other text or an image").isEmpty();
        return this;
    }

    /** Every line and image lies on its page. */
    public PdfLayout assertInsidePages() {
        for (Page page : pages) {
            assertInside(page, new Rectangle2D.Float(0, 0, page.width(), page.height()), "the page");
        }
        return this;
    }

    /** Every line and image lies inside a frame drawn {@code marginMm} from each edge of the page. */
    public PdfLayout assertInsideFrame(float marginMm) {
        float m = marginMm * MM;
        for (Page page : pages) {
            assertInside(page, new Rectangle2D.Float(m, m, page.width() - 2 * m, page.height() - 2 * m), "the frame");
        }
        return this;
    }

    private static void assertInside(Page page, Rectangle2D box, String what) {
        assertThat(page.lines()).as("text outside " + what).allMatch(line -> line.inside(box));
        assertThat(page.images())
                .as("image outside " + what)
                .allMatch(image -> box.contains(
                                image.getBounds2D().getCenterX(),
                                image.getBounds2D().getCenterY())
                        && box.getMinX() - TOLERANCE <= image.getMinX()
                        && image.getMaxX() <= box.getMaxX() + TOLERANCE
                        && box.getMinY() - TOLERANCE <= image.getMinY()
                        && image.getMaxY() <= box.getMaxY() + TOLERANCE);
    }

    private static List<Line> lines(PDDocument document, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return group(page, glyphs);
    }

    /**
     * Glyphs on one baseline form a band; a band splits into lines wherever the gap is wider than half an
     * em (wider than a word space: the gap between two table cells or two columns), whatever the stream order.
     */
    private static List<Line> group(int page, List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(
                glyphs.stream().filter(g -> !g.getUnicode().isBlank()).toList());
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<Line> lines = new ArrayList<>();
        List<TextPosition> band = new ArrayList<>();
        for (TextPosition g : sorted) {
            if (!band.isEmpty() && g.getYDirAdj() - band.get(0).getYDirAdj() > 0.25f * g.getFontSizeInPt()) {
                lines.addAll(split(page, band));
                band = new ArrayList<>();
            }
            band.add(g);
        }
        lines.addAll(split(page, band));
        return lines;
    }

    private static List<Line> split(int page, List<TextPosition> band) {
        List<TextPosition> sorted = new ArrayList<>(band);
        sorted.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<Line> lines = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition g : sorted) {
            if (!current.isEmpty()) {
                TextPosition last = current.get(current.size() - 1);
                float em = Math.max(g.getFontSizeInPt(), last.getFontSizeInPt());
                if (g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 0.5f * em) {
                    lines.add(line(page, current));
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(page, current));
        }
        return lines;
    }

    private static Line line(int page, List<TextPosition> glyphs) {
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
        StringBuilder visual = new StringBuilder();
        float previousRight = Float.NaN;
        for (TextPosition g : glyphs) {
            float size = g.getFontSizeInPt();
            if (!Float.isNaN(previousRight) && g.getXDirAdj() - previousRight > 0.2f * size) {
                visual.append(' ');
            }
            visual.append(g.getUnicode());
            previousRight = g.getXDirAdj() + g.getWidthDirAdj();
            left = Math.min(left, g.getXDirAdj());
            right = Math.max(right, previousRight);
            top = Math.min(top, g.getYDirAdj() - 0.75f * size);
            bottom = Math.max(bottom, g.getYDirAdj() + 0.2f * size);
        }
        return new Line(page, Normalizer.normalize(visual.toString(), Normalizer.Form.NFKC), left, top, right, bottom);
    }
}
