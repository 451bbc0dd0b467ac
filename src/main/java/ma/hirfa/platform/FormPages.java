package ma.hirfa.platform;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page answers a refused form: shown again with every value as typed and every message at once, field
 * messages next to their fields ({@code platform/form :: field}) and the others on top
 * ({@code platform/form :: errors}). Two shapes:
 *
 * <pre>{@code
 * // a form page of its own: shown again in the same request
 * if (binding.hasErrors()) return form(model);
 * return forms.attempt(binding, model, () -> service.create(form))
 *         .map(id -> forms.done(redirect, "registry.artisan.created", "/registry/artisans/" + id))
 *         .orElseGet(() -> form(model));
 *
 * // a small form on a detail page: back to the page, the messages carried by the redirect
 * return forms.redirect("/vae/applications/" + id, binding, locale, redirect, () -> service.submit(id), "vae.application.submitted");
 * }</pre>
 *
 * Flash attributes are {@code message} (the key of what was done) and {@code errors} (translated texts), as the
 * {@code platform/form :: flash} fragment shows them. A refusal saying the record itself is missing
 * ({@link Refusal#notFound(String, Object)}) is not a message: it goes on to the 404 page.
 */
@Component
public class FormPages {

    private final MessageSource messages;

    FormPages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Runs the action; on a refusal puts its messages onto the form ({@link #reject}) and answers empty, so that
     * the caller shows the form again with the values as typed. A record changed by someone else since the form
     * was opened (its version is stale) is told the same way.
     */
    public <T> Optional<T> attempt(BindingResult binding, Model model, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (Refusal refusal) {
            missingRecordIsA404(refusal);
            reject(binding, model, refusal);
            return Optional.empty();
        } catch (OptimisticLockingFailureException staleVersion) {
            // someone saved the record since this form was opened: nothing was written, the user must reload
            binding.reject("platform.form.concurrentChange");
            return Optional.empty();
        }
    }

    /**
     * For a form whose fields are already at fault: runs the service's rule checks too (ages, years, references...)
     * and adds their problems to the form, so that the page reports every problem at once instead of revealing the
     * rules only after the field errors are fixed. A field already refused keeps its first message only. Nothing is
     * written: the rules only check.
     */
    public void alsoCheck(BindingResult binding, Runnable rules) {
        try {
            rules.run();
        } catch (Refusal refusal) {
            if (refusal.recordMissing()) {
                return;
            }
            if (refusal.problems().isEmpty()) {
                binding.reject(refusal.key(), refusal.arguments(), refusal.key());
            }
            for (Refusal.Problem p : refusal.problems()) {
                if (p.field() != null && binding.hasFieldErrors(p.field())) {
                    continue;
                }
                if (p.field() == null || !rejectField(binding, p)) {
                    binding.reject(p.key(), p.arguments(), p.key());
                }
            }
        } catch (RuntimeException incomplete) {
            // The rules could not judge a half-typed form (a value they need is missing or unreadable): the field
            // errors already say what to fix, and the rules run again on the next submission.
        }
    }

    /** Redirects to {@code target} with the key of what was done as the flash {@code message}. */
    public String done(RedirectAttributes redirect, String messageKey, String target) {
        redirect.addFlashAttribute("message", messageKey);
        return "redirect:" + target;
    }

    /**
     * Puts every problem of the refusal on the form: next to its field when the form has it, on top otherwise
     * (as does the refusal's own message when it names no field). What it {@linkplain Refusal#show shows} goes to the
     * model, e.g. the duplicate candidates a page lists.
     */
    public void reject(BindingResult binding, Model model, Refusal refusal) {
        if (refusal.problems().isEmpty()) {
            binding.reject(refusal.key(), refusal.arguments(), refusal.key());
        }
        for (Refusal.Problem p : refusal.problems()) {
            if (p.field() == null || !rejectField(binding, p)) {
                binding.reject(p.key(), p.arguments(), p.key());
            }
        }
        if (model != null) {
            model.addAllAttributes(refusal.shown());
        }
    }

    /**
     * For a form posted from a page that redirects back to itself: runs the action unless the form has errors,
     * then redirects to {@code target} with either the done message or every refusal message, translated.
     */
    public String redirect(
            String target,
            BindingResult binding,
            Locale locale,
            RedirectAttributes redirect,
            Runnable action,
            String doneKey) {
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
            redirect.addFlashAttribute("message", doneKey);
        } catch (Refusal refusal) {
            missingRecordIsA404(refusal);
            flash(refusal, locale, redirect);
        }
        return "redirect:" + target;
    }

    /** As above for a button that posts no form (declare, schedule, mark done): nothing to check before the action. */
    public String redirect(String target, Locale locale, RedirectAttributes redirect, Runnable action, String doneKey) {
        return redirect(target, null, locale, redirect, action, doneKey);
    }

    /**
     * For one of several small forms of a page: back to the page with what was typed and the first message of each
     * refused field, next to it ({@link FlashForm}); its other messages are on top of the form with the rest.
     */
    public void refusedForm(String form, Serializable values, Refusal refusal, RedirectAttributes redirect) {
        LinkedHashMap<String, FlashForm.Message> errors = new LinkedHashMap<>();
        if (refusal.problems().isEmpty()) {
            errors.put("", FlashForm.Message.of(refusal.key(), refusal.textArguments()));
        }
        refusal.problems()
                .forEach(p -> errors.putIfAbsent(
                        p.field() == null ? "" : p.field(), FlashForm.Message.of(p.key(), p.args())));
        redirect.addFlashAttribute("form", new FlashForm(form, values, errors, null));
    }

    /** Tells one of several forms of a page that it was saved, next to it rather than at the top of a long page. */
    public void savedForm(String form, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "form", new FlashForm(form, null, new LinkedHashMap<>(), FlashForm.Message.of(messageKey, List.of())));
    }

    /**
     * As {@link #redirect(String, BindingResult, Locale, RedirectAttributes, Runnable, String)} for an action whose
     * outcome chooses the message: it answers the key of what was done (or null when it flashes its own outcome).
     */
    public String redirect(String target, Locale locale, RedirectAttributes redirect, Supplier<String> action) {
        try {
            String done = action.get();
            if (done != null) {
                redirect.addFlashAttribute("message", done);
            }
        } catch (Refusal refusal) {
            missingRecordIsA404(refusal);
            flash(refusal, locale, redirect);
        }
        return "redirect:" + target;
    }

    /**
     * For one of several small forms of a page ({@link FlashForm}): runs the action, then tells that form it was
     * saved or shows it again with what was typed and its messages.
     */
    public void inForm(String form, Serializable values, RedirectAttributes redirect, Runnable action, String doneKey) {
        try {
            action.run();
            savedForm(form, doneKey, redirect);
        } catch (Refusal refusal) {
            missingRecordIsA404(refusal);
            refusedForm(form, values, refusal, redirect);
        }
    }

    /** Carries the refusal's messages, translated, to the page after the redirect, with what it {@linkplain Refusal#show shows}. */
    public void flash(Refusal refusal, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errors", messages(refusal, locale));
        refusal.shown().forEach(redirect::addFlashAttribute);
    }

    /** Every message of the refusal, translated: one per problem, or its own message when it has none. */
    public List<String> messages(Refusal refusal, Locale locale) {
        if (refusal.problems().isEmpty()) {
            return List.of(messages.getMessage(refusal.key(), refusal.arguments(), locale));
        }
        return refusal.problems().stream()
                .map(p -> messages.getMessage(p.key(), p.arguments(), locale))
                .toList();
    }

    /** A page about a record that does not exist (or not in the user's region) is the 404 page, as before. */
    private static void missingRecordIsA404(Refusal refusal) {
        if (refusal.recordMissing()) {
            throw refusal;
        }
    }

    private static boolean rejectField(BindingResult binding, Refusal.Problem p) {
        try {
            binding.rejectValue(p.field(), p.key(), p.arguments(), p.key());
            return true;
        } catch (RuntimeException notAField) {
            // The field is not one of this form's (a rule about the whole request): shown on top instead.
            return false;
        }
    }
}
