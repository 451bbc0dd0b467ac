package ma.hirfa.platform.documents;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf: ICU splits and reorders bidirectional text and shapes Arabic; the
 * fonts are the ones Hirfa serves to browsers (SIL OFL, see static/fonts/OFL.txt).
 */
@Component
public class PdfRenderer {

    private static final String FONTS = "/static/fonts/";

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // openhtmltopdf saves and closes the document; closing it again when rendering failed is harmless
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            font(builder, document, "Amiri-Regular.ttf", "Amiri", 400);
            font(builder, document, "Amiri-Bold.ttf", "Amiri", 700);
            font(builder, document, "NotoNaskhArabic-Regular.ttf", "Hirfa Naskh", 400);
            font(builder, document, "NotoNaskhArabic-Bold.ttf", "Hirfa Naskh", 700);
            font(builder, document, "NotoSansTifinagh-Regular.ttf", "Hirfa Tifinagh", 400);
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    /** Loaded the first time a text needs it, as openhtmltopdf does with a font file. */
    private static void font(PdfRendererBuilder builder, PDDocument document, String file, String family, int weight) {
        builder.useFont(
                new PDFontSupplier(null) {
                    private PDFont font;

                    @Override
                    public PDFont supply() {
                        if (font == null) {
                            font = load(document, file);
                        }
                        return font;
                    }
                },
                family,
                weight,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }

    /**
     * Without GSUB: PDFBox 3 would apply Amiri's Latin ligatures ("fi", "ffi", "fl", "fk"...) when drawing and
     * map the ligature glyphs to wrong characters in ToUnicode, so "Certificat" read back as "Certi" + U+1993 +
     * "cat" in the text layer (copy-paste, screen readers, PDF tests). Nothing else is lost: ICU already shaped
     * Arabic into presentation forms, PDFBox has no Arabic or Tifinagh substitutions, and openhtmltopdf measured
     * the lines without ligatures.
     */
    private static PDFont load(PDDocument document, String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(ttf);
            return PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
