package ma.hirfa.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.support.PdfText;
import org.junit.jupiter.api.Test;

/** The PDFs' text layer (copy-paste, screen readers, PDF tests) reads back the words that were printed. */
class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void latinWordsWithFiFlFfComeBackAsPrinted() {
        String text =
                PdfText.of(renderer.render(page("<p>Certificat de Rafiq Elfassi, affilié, flûte, Ait Bfkwga</p>")));

        assertThat(text).contains("Certificat de Rafiq Elfassi, affilié, flûte, Ait Bfkwga");
    }

    @Test
    void arabicAndTifinaghStillComeBack() {
        String text = PdfText.of(
                renderer.render(page("<p dir=\"rtl\" style=\"direction: rtl\">شهادة التكوين</p><p>ⵜⴰⵎⴰⵣⵉⵖⵜ</p>")));

        assertThat(text).contains("شهادة التكوين").contains("ⵜⴰⵎⴰⵣⵉⵖⵜ");
    }

    private static String page(String body) {
        return "<html><head><style>body { font-family: 'Amiri', 'Hirfa Tifinagh'; }</style></head><body>" + body
                + "</body></html>";
    }
}
