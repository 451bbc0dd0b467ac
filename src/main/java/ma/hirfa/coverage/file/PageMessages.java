package ma.hirfa.coverage.file;

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

    public Map<String, Object> none() {
        return Map.of();
    }
}
