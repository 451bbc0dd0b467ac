package ma.hirfa.coverage.file;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.coverage.rights.Explanation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Turns refusals and warnings into translated flash messages for the page shown after a redirect. */
@Component
public class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Explanation e, Locale locale) {
        return messages.getMessage(e.key(), e.arguments(), locale);
    }

    public void refused(CoverageRefusedException e, Locale locale, RedirectAttributes flash) {
        flash.addFlashAttribute(
                "problems",
                e.problems().values().stream().map(p -> text(p, locale)).toList());
        if (e.existing() instanceof Contribution c) {
            flash.addFlashAttribute(
                    "existing",
                    text(
                            Explanation.of(
                                    "coverage.contribution.existing",
                                    c.month(),
                                    c.amount().toPlainString(),
                                    c.paidOn(),
                                    c.recordedOn() == null ? "—" : c.recordedOn()),
                            locale));
        }
    }

    public void done(String key, List<Explanation> warnings, Locale locale, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", messages.getMessage(key, null, locale));
        flash.addFlashAttribute(
                "warnings", warnings.stream().map(w -> text(w, locale)).toList());
    }

    /** Sends a refused form back with what was typed and one message per field. */
    void refusedForm(String form, Serializable values, CoverageRefusedException e, RedirectAttributes flash) {
        LinkedHashMap<String, PageMessage> errors = new LinkedHashMap<>();
        e.problems().forEach((field, why) -> errors.put(field, PageMessage.of(why)));
        flash.addFlashAttribute("form", new PageForm(form, values, errors, null));
    }

    /** Tells the form it was saved, next to the form rather than at the top of a long page. */
    void savedForm(String form, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("form", new PageForm(form, null, new LinkedHashMap<>(), PageMessage.of(key)));
    }

    public Map<String, Object> none() {
        return Map.of();
    }
}
