package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import ma.hirfa.platform.Language;
import org.junit.jupiter.api.Test;

class CompetencyTest {

    @Test
    void aDocumentGetsTheTextOfItsLanguageAndTheFrenchWhereATranslationIsMissing() {
        Competency weaving = new Competency("نسج زخرفة", "Tisser un motif", null);

        assertThat(weaving.text(Locale.forLanguageTag("ar"))).isEqualTo("نسج زخرفة");
        assertThat(weaving.text(Locale.FRENCH)).isEqualTo("Tisser un motif");
        assertThat(weaving.text(Locale.forLanguageTag("zgh"))).isEqualTo("Tisser un motif");
        assertThat(weaving.in(Language.ZGH).fallback()).isTrue();
        assertThat(weaving.in(Language.AR).fallback()).isFalse();
    }

    @Test
    void theNthLineOfEachLanguageIsTheSameCompetency() {
        var competencies = Competency.lines("تركيب\nنسج", "Monter\nTisser\nFinir", "ⴰⵙⴱⴷⴷ\n\nⴰⵙⵎⴷ");

        assertThat(competencies)
                .containsExactly(
                        new Competency("تركيب", "Monter", "ⴰⵙⴱⴷⴷ"),
                        new Competency("نسج", "Tisser", null),
                        new Competency(null, "Finir", "ⴰⵙⵎⴷ"));
        assertThat(competencies.get(2).in(Language.AR).text()).isEqualTo("Finir");
    }

    @Test
    void anOldFrenchOnlyListKeepsItsLinesAndSkipsBlankOnes() {
        assertThat(Competency.lines(null, "Monter\n\nTisser\n", null))
                .extracting(Competency::fr)
                .containsExactly("Monter", "Tisser");
        assertThat(Competency.lines(null, null, null)).isEmpty();
    }
}
