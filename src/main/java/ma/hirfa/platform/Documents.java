package ma.hirfa.platform;

import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.documents.PdfRenderer;
import ma.hirfa.platform.documents.QrCodes;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Printable documents: a Thymeleaf XHTML template becomes a PDF with Hirfa's Arabic and Tifinagh fonts,
 * Arabic shaped and laid out right to left; QR codes as PNG data URIs to embed in such templates.
 */
@Service
public class Documents {

    private final ITemplateEngine templates;
    private final PdfRenderer renderer;

    Documents(ITemplateEngine templates, PdfRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    public byte[] pdf(String template, Map<String, Object> model, Locale locale) {
        String xhtml = templates.process(template, new Context(locale, model));
        return renderer.render(xhtml);
    }

    public String qrDataUri(String content, int pixels) {
        return QrCodes.pngDataUri(content, pixels);
    }
}
