package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.env.MockEnvironment;

class DocumentsSignatoryTest {

    private final StaticMessageSource messages = new StaticMessageSource();

    DocumentsSignatoryTest() {
        messages.addMessage("platform.documents.signatory.title", Locale.FRENCH, "Le Président de la Chambre");
        messages.addMessage("platform.documents.signatory.title", Locale.forLanguageTag("ar"), "رئيس الغرفة");
        messages.addMessage("platform.documents.signatory.stamp", Locale.FRENCH, "Signature et cachet");
        messages.addMessage("platform.documents.signatory.stamp", Locale.forLanguageTag("ar"), "التوقيع والخاتم");
    }

    @Test
    void theSignatoryComesFromTheSettingsInEachLanguageWithTheTranslatedTitleByDefault() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("hirfa.documents.signatory.name", "Mohamed Alaoui")
                .withProperty("hirfa.documents.signatory.name-ar", "محمد العلوي")
                .withProperty("hirfa.documents.signatory.title-fr", "Le Directeur régional");
        Documents documents = new Documents(null, null, null, messages, settings);

        assertThat(documents.signatory(Locale.FRENCH))
                .isEqualTo(new Signatory("Le Directeur régional", "Mohamed Alaoui", "Signature et cachet"));
        assertThat(documents.signatory(Locale.forLanguageTag("ar")))
                .isEqualTo(new Signatory("رئيس الغرفة", "محمد العلوي", "التوقيع والخاتم"));
    }

    @Test
    void withoutANameTheSignatoryLineIsLeftForTheHand() {
        Documents documents = new Documents(null, null, null, messages, new MockEnvironment());

        assertThat(documents.signatory(Locale.FRENCH).name()).isEmpty();
    }

    @Test
    void numbersInsideArabicTextAreIsolatedLeftToRight() {
        assertThat(Documents.isolateNumbers("مفتوحة منذ 2024-04، مدة 3 أشهر، 500.00 درهم"))
                .isEqualTo("مفتوحة منذ \u20662024-04\u2069، مدة \u20663\u2069 أشهر، \u2066500.00\u2069 درهم");
        assertThat(Documents.isolateNumbers(null)).isNull();
    }
}
