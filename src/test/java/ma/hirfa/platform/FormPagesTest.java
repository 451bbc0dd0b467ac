package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FormPagesTest {

    /** A form as a page binds it (a class with getters, like the JavaBean view of a record). */
    public static class PersonForm {
        private final String name;
        private final LocalDate birthDate;

        PersonForm(String name, LocalDate birthDate) {
            this.name = name;
            this.birthDate = birthDate;
        }

        public String getName() {
            return name;
        }

        public LocalDate getBirthDate() {
            return birthDate;
        }
    }

    private final FormPages forms = new FormPages(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static BindingResult typed(String name, LocalDate birthDate) {
        return new BeanPropertyBindingResult(new PersonForm(name, birthDate), "form");
    }

    @Test
    void aRefusedFormKeepsEveryValueAndEveryMessageFieldsNextToThemOthersOnTop() {
        LocalDate born = LocalDate.of(1980, 4, 1);
        BindingResult binding = typed("Aicha", born);
        ExtendedModelMap model = new ExtendedModelMap();

        var result = forms.attempt(binding, model, () -> {
            throw Refusal.invalid()
                    .field("birthDate", "platform.type.date")
                    .field("birthDate", "platform.type.missing")
                    .field("region", "platform.users.region.required")
                    .show("candidates", List.of("a file that looks the same"));
        });

        assertThat(result).isEmpty();
        assertThat(binding.getFieldErrors("birthDate"))
                .extracting(FieldError::getCode)
                .containsExactly("platform.type.date", "platform.type.missing");
        assertThat(binding.getFieldValue("birthDate")).isEqualTo(born);
        assertThat(binding.getFieldValue("name")).isEqualTo("Aicha");
        // "region" is no field of this form: the message is kept, on top
        assertThat(binding.getGlobalErrors())
                .extracting(e -> e.getCode())
                .containsExactly("platform.users.region.required");
        assertThat(model.getAttribute("candidates")).isEqualTo(List.of("a file that looks the same"));
    }

    @Test
    void aRefusalWithoutFieldsIsShownOnTop() {
        BindingResult binding = typed("Aicha", null);

        forms.attempt(binding, new ExtendedModelMap(), () -> {
            throw Refusal.conflict("platform.users.notYourself");
        });

        assertThat(binding.getGlobalErrors())
                .extracting(e -> e.getCode())
                .containsExactly("platform.users.notYourself");
        assertThat(binding.getFieldErrorCount()).isZero();
    }

    @Test
    void aRecordSomeoneElseSavedMeanwhileIsToldNotThrown() {
        BindingResult binding = typed("Aicha", null);

        var result = forms.attempt(binding, new ExtendedModelMap(), () -> {
            throw new OptimisticLockingFailureException("stale version");
        });

        assertThat(result).isEmpty();
        assertThat(binding.getGlobalErrors())
                .extracting(e -> e.getCode())
                .containsExactly("platform.form.concurrentChange");
    }

    @Test
    void aMissingRecordIsTheNotFoundPageNotAMessage() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        assertThatThrownBy(() -> forms.redirect(
                        "/admin/users",
                        null,
                        Locale.FRENCH,
                        redirect,
                        () -> {
                            throw Refusal.notFound("UserAccount", 7);
                        },
                        "platform.users.enabledDone"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aDoneFormRedirectsWithItsMessage() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        String view = forms.attempt(typed("Aicha", null), new ExtendedModelMap(), () -> 42L)
                .map(id -> forms.done(redirect, "platform.users.enabledDone", "/people/" + id))
                .orElseThrow();

        assertThat(view).isEqualTo("redirect:/people/42");
        assertThat(redirect.getFlashAttributes().get("message")).isEqualTo("platform.users.enabledDone");
    }

    @ParameterizedTest
    @CsvSource({
        "ar,لا يمكنك تعطيل حسابك.",
        "fr,Vous ne pouvez pas désactiver votre propre compte.",
        "zgh,ⵓⵔ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⵙⴱⴷⴷⴷ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ."
    })
    void aRefusalAfterARedirectCarriesItsMessagesTranslated(String language, String text) {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        String view = forms.redirect(
                "/admin/users",
                null,
                Locale.forLanguageTag(language),
                redirect,
                () -> {
                    throw Refusal.conflict("platform.users.notYourself");
                },
                "platform.users.enabledDone");

        assertThat(view).isEqualTo("redirect:/admin/users");
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("message");
        assertThat(redirect.getFlashAttributes().get("errors")).isEqualTo(List.of(text));
    }

    @Test
    void aSmallFormOfAPageComesBackWithWhatWasTypedAndOneMessagePerField() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        String typed = "31/02";

        forms.inForm(
                "decision-7",
                typed,
                redirect,
                () -> {
                    throw Refusal.invalid()
                            .field("decidedOn", "platform.type.date")
                            .field("decidedOn", "platform.type.missing")
                            .field("amount", "platform.type.number", "12,5,0");
                },
                "platform.users.enabledDone");

        FlashForm form = (FlashForm) redirect.getFlashAttributes().get("form");
        assertThat(form.is("decision-7")).isTrue();
        assertThat(form.values()).isEqualTo(typed);
        assertThat(form.error("decidedOn").key()).isEqualTo("platform.type.date");
        assertThat(form.refused("amount")).isTrue();
        // arguments stay left to right inside an Arabic sentence
        assertThat(form.error("amount").arguments()).containsExactly("\u206612,5,0\u2069");
        assertThat(form.notice()).isNull();
    }
}
