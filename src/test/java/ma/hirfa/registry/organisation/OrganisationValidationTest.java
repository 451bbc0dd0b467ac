package ma.hirfa.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OrganisationValidationTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void anIceIsExactlyFifteenDigitsAndMayBeTypedWithSpaces() {
        assertThat(OrganisationRules.validIce("001234567000089")).isTrue();
        assertThat(OrganisationRules.validIce(" 001 234 567 000 089 ")).isTrue();
        assertThat(OrganisationRules.ice(" 001 234 567 000 089 ")).isEqualTo("001234567000089");
        assertThat(OrganisationRules.validIce("00123456700008")).isFalse();
        assertThat(OrganisationRules.validIce("0012345670000891")).isFalse();
        assertThat(OrganisationRules.validIce("00123456700008A")).isFalse();
        assertThat(OrganisationRules.validIce("")).isFalse();
    }

    @Test
    void theFormRefusesAnIceThatIsNotFifteenDigitsButAcceptsNone() {
        assertThat(fieldsInError(form("تعاونية الواحة", "Coopérative de l’Oasis", "12345")))
                .containsExactly("ice");
        assertThat(fieldsInError(form("تعاونية الواحة", "Coopérative de l’Oasis", "")))
                .isEmpty();
        assertThat(fieldsInError(form("تعاونية الواحة", "Coopérative de l’Oasis", "001234567000089")))
                .isEmpty();
    }

    @Test
    void namesAcceptLettersDigitsAndBasicPunctuationInBothScripts() {
        assertThat(fieldsInError(
                        form("تعاونية 2 مارس للزربية (الرشيدية)", "Coopérative « 2 Mars », Tapis & Tissage", null)))
                .isEmpty();
        assertThat(fieldsInError(form("ⵜⴰⵎⵢⴰⵡⵙⵜ ⵜⵉⴼⵍⵡⵉⵏ", "Kalaat M'Gouna - Roses", null)))
                .isEmpty();
    }

    @Test
    void namesRefuseControlAndBidiOverrideCharactersAndOtherSymbols() {
        assertThat(fieldsInError(form("تعاونية\u202Eالواحة", "Oasis", null))).containsExactly("nameAr");
        assertThat(fieldsInError(form("تعاونية", "Oasis\u0007", null))).containsExactly("nameFr");
        assertThat(fieldsInError(form("تعاونية", "Oasis\nBis", null))).containsExactly("nameFr");
        assertThat(fieldsInError(form("تعاونية\u200Fالواحة", "Oasis", null))).containsExactly("nameAr");
        assertThat(fieldsInError(form("تعاونية", "<script>", null))).containsExactly("nameFr");
    }

    @Test
    void namesAreRequiredAndAtMost160Characters() {
        assertThat(fieldsInError(form(" ", "Oasis", null))).containsExactly("nameAr");
        assertThat(fieldsInError(form("تعاونية", "a".repeat(161), null))).containsExactly("nameFr");
        assertThat(fieldsInError(form("تعاونية", "a".repeat(160), null))).isEmpty();
    }

    @Test
    void normalisingCollapsesSpacesAndDropsBlankOptionalFields() {
        OrganisationDetails d = OrganisationRules.normalise(
                form("  تعاونية   الواحة ", "Coopérative  de l’Oasis", " 001 234 567 000 089"), null);

        assertThat(d.nameAr()).isEqualTo("تعاونية الواحة");
        assertThat(d.nameFr()).isEqualTo("Coopérative de l’Oasis");
        assertThat(d.ice()).isEqualTo("001234567000089");
        assertThat(d.tradeRegister()).isNull();
        assertThat(d.communeCode()).isNull();
    }

    private static List<String> fieldsInError(OrganisationForm form) {
        Set<ConstraintViolation<OrganisationForm>> violations = VALIDATOR.validate(form);
        return violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .distinct()
                .sorted()
                .toList();
    }

    private static OrganisationForm form(String nameAr, String nameFr, String ice) {
        return new OrganisationForm(
                OrganisationKind.COOPERATIVE,
                nameAr,
                nameFr,
                ice,
                "",
                List.of("P01"),
                "Ksar Tinzouline",
                "587",
                "",
                null,
                "",
                null);
    }
}
