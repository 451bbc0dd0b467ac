package ma.hirfa.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.documents.PdfRenderer;
import ma.hirfa.platform.documents.QrCodes;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Printable documents: a Thymeleaf XHTML template becomes a PDF with Hirfa's Arabic and Tifinagh fonts,
 * Arabic shaped and laid out right to left; QR codes as PNG data URIs to embed in such templates.
 */
@Service
public class Documents {

    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final ApplicationContext application;
    private final MessageSource messages;

    Documents(ITemplateEngine templates, PdfRenderer renderer, ApplicationContext application, MessageSource messages) {
        this.templates = templates;
        this.renderer = renderer;
        this.application = application;
        this.messages = messages;
    }

    public byte[] pdf(String template, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        // Lets document templates use the same helpers as pages, e.g. ${@dates.dateTime(x)}.
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return renderer.render(templates.process(template, context));
    }

    public String qrDataUri(String content, int pixels) {
        return QrCodes.pngDataUri(content, pixels);
    }

    /** One message in a given language, whatever the language of the person who prints the document. */
    public String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /**
     * The labels a bilingual document prints, each name mapped to the message {@code prefix + name} in
     * the given language (documents print several languages side by side, so the request's own does not do).
     */
    public Map<String, String> labels(String prefix, List<String> names, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        names.forEach(name -> labels.put(name, message(prefix + name, locale)));
        return labels;
    }
}
