package ma.hirfa.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.documents.PdfRenderer;
import ma.hirfa.platform.documents.QrCodes;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
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

    private static final Pattern NUMBER_RUN = Pattern.compile("[0-9]+(?:[-./:,][0-9]+)*");

    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final ApplicationContext application;
    private final MessageSource messages;
    private final Environment settings;

    Documents(
            ITemplateEngine templates,
            PdfRenderer renderer,
            ApplicationContext application,
            MessageSource messages,
            Environment settings) {
        this.templates = templates;
        this.renderer = renderer;
        this.application = application;
        this.messages = messages;
        this.settings = settings;
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

    /**
     * The signatory printed under a document, in one language. Title and name come from the settings
     * {@code hirfa.documents.signatory.title-<lang>} and {@code name-<lang>} (environment variables carry
     * Arabic and Tifinagh safely), falling back to the translated title, and to the {@code name} setting (the
     * name in Latin script) for a language without its own.
     */
    public Signatory signatory(Locale locale) {
        String language = locale.getLanguage();
        String prefix = "hirfa.documents.signatory.";
        String title = settings.getProperty(prefix + "title-" + language, "");
        String name = settings.getProperty(prefix + "name-" + language, "");
        return new Signatory(
                title.isBlank() ? message("platform.documents.signatory.title", locale) : title,
                name.isBlank() ? settings.getProperty(prefix + "name", "") : name,
                message("platform.documents.signatory.stamp", locale));
    }

    /**
     * Wraps each run of digits (with the separators of dates, numbers and amounts) in a left-to-right
     * isolate, so that text printed right to left keeps {@code 2024-04} and {@code VA-08-2026-000001} in the
     * order they are written (openhtmltopdf's bidi honours U+2066/U+2069 and draws nothing for them). For
     * message text whose arguments cannot be wrapped in a {@code dir="ltr"} span of the template.
     */
    public static String isolateNumbers(String text) {
        return text == null
                ? null
                : NUMBER_RUN.matcher(text).replaceAll(m -> "\u2066" + Matcher.quoteReplacement(m.group()) + "\u2069");
    }
}
