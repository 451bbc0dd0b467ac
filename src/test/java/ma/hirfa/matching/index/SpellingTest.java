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
        assertThat(typed.share(file("Muhammad", "Alaoui", null, null, cache))).isEqualTo(0.5);
        assertThat(typed.share(file("Mohammed", "Alaoui", null, null, cache)))
                .as("one letter apart: between the name swapped and another spelling")
                .isEqualTo(0.85);
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

    @Test
    void aNameWrittenLetterForLetterAsTypedIsToldFromTheSameLettersWrittenApart() {
        NameCache cache = new NameCache();
        Spelling typed = Spelling.ofQuery("Mohamed  Ait-Taheri");
        Spelling hyphen = file("Mohamed", "Ait-Taheri", null, null, cache);
        Spelling apart = file("Mohamed", "Aït Taheri", null, null, cache);
        assertThat(typed.share(hyphen)).isEqualTo(typed.share(apart)).isEqualTo(1.0);
        assertThat(typed.literally(hyphen)).isEqualTo(1.0);
        assertThat(typed.literally(apart)).isZero();
        assertThat(Spelling.ofQuery("ait-taheri MOHAMED").literally(hyphen))
                .as("swapped, case aside")
                .isEqualTo(1.0);
        assertThat(Spelling.ofQuery("Mohamed Aït Bnani").literally(file("Mohamed", "Aït Benani", null, null, cache)))
                .as("one slip away")
                .isEqualTo(0.5);
        assertThat(Spelling.ofQuery("Mohamed Aït Bnani").literally(file("Mohamed", "Ait Benani", null, null, cache)))
                .isZero();
        assertThat(Spelling.ofQuery("محمد العلوي").literally(file(null, null, "محمد", "العلوي", cache)))
                .isEqualTo(1.0);
    }

    @Test
    void aTypedWordWithOneSlipIsNearlyHeldAndItsNeighboursAreReadFromTheIndex() {
        NameCache cache = new NameCache();
        Spelling typed = Spelling.ofQuery("Mohamed Cheraoui");
        Spelling file = file("Mohamed", "Cherkaoui", null, null, cache);
        assertThat(Spelling.oneSlip("cheraoui", "cherkaoui")).isTrue();
        assertThat(Spelling.oneSlip("cherkaoiu", "cherkaoui"))
                .as("two letters swapped")
                .isTrue();
        assertThat(Spelling.oneSlip("chekaoui", "cherkaoui")).isTrue();
        assertThat(Spelling.oneSlip("chaoui", "cherkaoui")).isFalse();
        assertThat(Spelling.oneSlip("alaoui", "alaoui")).isFalse();
        String key = typed.latinKeys().get(1);
        assertThat(file.tokens()).as("the slip changed the phonetic key").doesNotContain(key);
        assertThat(typed.nearlyHolds(key, file)).isTrue();
        assertThat(typed.nearlyHolds(key, file("Mohamed", "Chraibi", null, null, cache)))
                .isFalse();
        assertThat(typed.share(file)).isEqualTo(0.85);
        assertThat(typed.nearKeys(2000))
                .contains("e:cherkaoui|mohamed", "e:cheraoui|mohammed")
                .doesNotContain("e:cheraoui|mohamed")
                .hasSizeLessThan(2000);
        assertThat(typed.nearKeys(10)).hasSize(10);
        assertThat(Spelling.ofQuery("Naima Al ly").nearKeys(2000))
                .as("a slip may leave a word of two letters")
                .contains("e:aly|naima");
    }

    private static Spelling file(String firstLat, String lastLat, String firstAr, String lastAr, NameCache cache) {
        return Spelling.of(file(firstLat, lastLat, firstAr, lastAr), cache);
    }

    private static IdentityRecord file(String firstLat, String lastLat, String firstAr, String lastAr) {
        return new IdentityRecord("1", null, firstAr, lastAr, firstLat, lastLat, null, null, null);
    }
}
