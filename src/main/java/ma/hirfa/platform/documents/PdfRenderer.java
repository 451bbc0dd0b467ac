package ma.hirfa.platform.documents;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        font(builder, "Amiri-Regular.ttf", "Amiri", 400);
        font(builder, "Amiri-Bold.ttf", "Amiri", 700);
        font(builder, "NotoNaskhArabic-Regular.ttf", "Hirfa Naskh", 400);
        font(builder, "NotoNaskhArabic-Bold.ttf", "Hirfa Naskh", 700);
        font(builder, "NotoSansTifinagh-Regular.ttf", "Hirfa Tifinagh", 400);
        builder.withHtmlContent(xhtml, "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(
                () -> {
                    InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file);
                    if (in == null) {
                        throw new IllegalStateException("Missing font " + file);
                    }
                    return in;
                },
                family,
                weight,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }
}
