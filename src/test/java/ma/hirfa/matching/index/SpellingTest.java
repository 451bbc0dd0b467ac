package ma.hirfa.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.phonetic.NameCache;
import org.junit.jupiter.api.Test;

/** Exact spelling as the search weighs it: letters count, case, accents and how an article is attached do not. */
class SpellingTest {

    @Test
    void articlesWrittenApartOrJoinedAreTheSameLettersButAnotherArticleIsNot() {
        assertThat(Spelling.written("Rashid", "El Hadad"))
                .isEqualTo(Spelling.written("RASHID", "El-Hadad"))
                .isEqualTo(Spelling.written("Rashid", "Elhadad"))
                .isNotEqualTo(Spelling.written("Rashid", "Al Hadad"));
        assertThat(Spelling.written("Aïcha", null)).containsExactly("aicha");
    }

    @Test
    void theFileSpelledAsTypedSharesAllItsWordsInOneScriptAndAVariantHalf() {
        NameCache cache = new NameCache();
        Spelling typed = Spelling.ofQuery("Mohamed Alaoui");
        assertThat(typed.share(file("Mohamed", "Alaoui", null, null, cache))).isEqualTo(1.0);
        assertThat(typed.share(file("Alaoui", "Mohamed", null, null, cache))).isEqualTo(0.9);
        assertThat(typed.share(file("Mohammed", "Alaoui", null, null, cache))).isEqualTo(0.5);
        assertThat(typed.share(file(null, null, "محمد", "العلوي", cache)))
                .as("another script sounds the same but is not spelled so")
                .isZero();
        assertThat(Spelling.ofQuery("محمد العلوي").share(file(null, null, "مُحمد", "العلوي", cache)))
                .isEqualTo(1.0);
    }

    @Test
    void theIndexKeysAreThePairsOfSpelledWordsScriptByScript() {
        assertThat(Spelling.of(file("Mohamed", "Alaoui", "محمد", "العلوي"), new NameCache())
                        .keys())
                .hasSize(2)
                .contains("e:alaoui|mohamed");
    }

    private static Spelling file(String firstLat, String lastLat, String firstAr, String lastAr, NameCache cache) {
        return Spelling.of(file(firstLat, lastLat, firstAr, lastAr), cache);
    }

    private static IdentityRecord file(String firstLat, String lastLat, String firstAr, String lastAr) {
        return new IdentityRecord("1", null, firstAr, lastAr, firstLat, lastLat, null, null, null);
    }
}
