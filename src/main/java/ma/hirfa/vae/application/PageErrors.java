package ma.hirfa.vae.application;

import java.util.List;
import java.util.Locale;
import ma.hirfa.training.TrainingRefusedException;
import ma.hirfa.vae.framework.FrameworkRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page action and turns refusals into translated flash messages, the page's redirect either way. */
@Component
public class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    public String run(
            String target,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect,
            Runnable action,
            String success) {
        if (binding != null && binding.hasErrors()) {
            redirect.addFlashAttribute(
                    "errors",
                    binding.getAllErrors().stream()
                            .map(e -> messages.getMessage(e, locale))
                            .toList());
            return "redirect:" + target;
        }
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (VaeRefusedException e) {
            redirect.addFlashAttribute("errors", translate(e.problems(), locale));
        } catch (FrameworkRefusedException e) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(e.messageKey(), null, locale)));
        } catch (TrainingRefusedException e) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
        return "redirect:" + target;
    }

    List<String> translate(List<Problem> problems, Locale locale) {
        return problems.stream()
                .map(p -> messages.getMessage(p.key(), p.args().toArray(), locale))
                .toList();
    }

    void reject(BindingResult binding, List<Problem> problems, Locale locale) {
        for (Problem p : problems) {
            String text = messages.getMessage(p.key(), p.args().toArray(), locale);
            if (p.field().isEmpty() || !binding.getTarget().getClass().isRecord()) {
                binding.reject(p.key(), text);
            } else {
                try {
                    binding.rejectValue(p.field(), p.key(), p.args().toArray(), text);
                } catch (RuntimeException notAField) {
                    binding.reject(p.key(), text);
                }
            }
        }
    }
}
