package ma.hirfa.platform.layout;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import ma.hirfa.platform.ProblemAnswers;
import ma.hirfa.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

class ApiRefusalsTest {

    enum Sex {
        F,
        M
    }

    record Person(@NotBlank String name, LocalDate birthDate, Sex sex, Integer children) {}

    @RestController
    static class Api {

        @GetMapping("/refused/{kind}")
        void refused(@PathVariable Refusal.Kind kind) {
            throw Refusal.of(kind, "platform.api.forbidden");
        }

        @GetMapping("/fields")
        void fields() {
            Refusal.invalid()
                    .field("birthDate", "platform.type.date")
                    .field("birthDate", "platform.type.missing")
                    .global("platform.api.unreadable")
                    .throwIfAny();
        }

        @GetMapping("/taken")
        void taken() {
            throw Refusal.conflict("platform.api.forbidden")
                    .with("existing", "/api/v1/things/7")
                    .with("candidates", List.of("a", "b"))
                    .location("/api/v1/things/7");
        }

        @GetMapping("/missing/{id}")
        void missing(@PathVariable long id) {
            throw Refusal.notFound("Thing", id);
        }

        @PostMapping("/people")
        void create(@Valid @RequestBody Person person) {}

        @GetMapping("/people")
        void search(@RequestParam LocalDate bornAfter) {}
    }

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new Api())
                .setControllerAdvice(new ApiRefusals(messages, new ProblemAnswers(messages)))
                .setValidator(validator)
                .build();
    }

    @ParameterizedTest
    @CsvSource({"INVALID,400", "FORBIDDEN,403", "NOT_FOUND,404", "CONFLICT,409", "GONE,410", "TOO_LARGE,413"})
    void answersTheStatusOfTheRefusalsKind(String kind, int status) throws Exception {
        mvc.perform(get("/refused/" + kind).header("Accept-Language", "fr"))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type")
                        .value("urn:hirfa:problem:" + kind.toLowerCase().replace('_', '-')))
                .andExpect(jsonPath("$.code").value("platform.api.forbidden"))
                .andExpect(jsonPath("$.detail").value("Votre rôle ou votre région ne permet pas cette opération."));
    }

    @Test
    void listsEveryProblemOfEveryFieldTranslated() throws Exception {
        mvc.perform(get("/fields").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Demande invalide"))
                .andExpect(jsonPath("$.detail").value("Certaines données sont invalides."))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
                .andExpect(jsonPath("$.errors[0].code").value("platform.type.date"))
                .andExpect(jsonPath("$.errors[0].message").value("pas une date (AAAA-MM-JJ)"))
                .andExpect(jsonPath("$.errors[1].message").value("obligatoire"))
                .andExpect(jsonPath("$.errors[2].field").doesNotExist())
                .andExpect(jsonPath("$.errors[2].message").value("Le corps de la requête n’est pas un JSON valide."));
    }

    @ParameterizedTest
    @CsvSource({"ar,يتعارض مع الحالة الحالية", "fr,En conflit avec l’état actuel", "zgh,ⵜⵎⵏⵖ ⴷ ⵡⴰⴷⴷⴰⴷ ⵏ ⵖⵉⵍⴰ"})
    void speaksTheCallersLanguageAndKeepsTheConflictsExtras(String language, String title) throws Exception {
        mvc.perform(get("/taken").header("Accept-Language", language))
                .andExpect(status().isConflict())
                .andExpect(header().string("Location", "/api/v1/things/7"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.existing").value("/api/v1/things/7"))
                .andExpect(jsonPath("$.candidates", hasSize(2)))
                .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void aMissingRecordIsA404ThatDoesNotSayWhichRecord() throws Exception {
        mvc.perform(get("/missing/42").header("Accept-Language", "ar"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("هذا التسجيل غير موجود أو ليس في جهتك."))
                .andExpect(jsonPath("$.detail", not("Thing 42 not found")));
    }

    @Test
    void aBadDateInTheBodyNamesTheField() throws Exception {
        mvc.perform(post("/people")
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Aicha\",\"birthDate\":\"31/02/1990\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("birthDate: pas une date (AAAA-MM-JJ)"))
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
                .andExpect(jsonPath("$.errors[0].code").value("platform.type.date"));
    }

    @ParameterizedTest
    @CsvSource({
        "'{\"name\":\"A\",\"sex\":\"X\"}',sex,'ⵓⵔ ⵉⴳⵉ ⵢⴰⵜ ⵙⴳ ⵉⵣⴰⵍⵏ ⵉⵜⵜⵓⵙⵓⵔⵔⵓⵏ (F, M)'",
        "'{\"name\":\"A\",\"children\":\"many\"}',children,ⵓⵔ ⵉⴳⵉ ⴰⵎⴹⴰⵏ"
    })
    void aBadChoiceOrNumberInTheBodyNamesTheFieldInTamazight(String body, String field, String message)
            throws Exception {
        mvc.perform(post("/people")
                        .header("Accept-Language", "zgh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(field + ": " + message))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void aBadQueryParameterIsA400NamingTheParameterInArabic() throws Exception {
        mvc.perform(get("/people").param("bornAfter", "yesterday").header("Accept-Language", "ar"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("bornAfter: ليس تاريخا (YYYY-MM-DD)"))
                .andExpect(jsonPath("$.errors[0].field").value("bornAfter"));
    }

    @Test
    void aBadPathVariableIsA400NotA500() throws Exception {
        mvc.perform(get("/missing/abc").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("pas un nombre"));
    }

    @Test
    void beanValidationListsTheFieldsWithTheirMessages() throws Exception {
        mvc.perform(post("/people")
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("NotBlank"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400() throws Exception {
        mvc.perform(post("/people")
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Le corps de la requête n’est pas un JSON valide."));
    }
}
