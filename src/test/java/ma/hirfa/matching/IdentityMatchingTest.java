package ma.hirfa.matching;

import static ma.hirfa.matching.MatchingFixtures.BORN;
import static ma.hirfa.matching.MatchingFixtures.arabic;
import static ma.hirfa.matching.MatchingFixtures.both;
import static ma.hirfa.matching.MatchingFixtures.latin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Worked examples a data steward would recognise, each with the verdict and the reasons shown to them. */
class IdentityMatchingTest {

    @Test
    void theIssuesThreeSpellingsOfMohamedOuahdouAreOnePerson() {
        IdentityRecord chamber = arabic("1", null, "محمد", "أوحدو", BORN);
        IdentityRecord fund = latin("2", null, "Mohamed", "Ouahdou", BORN);
        IdentityRecord legacy = latin("3", null, "OUHADDOU", "Mhamed", BORN);

        assertThat(IdentityMatching.compare(chamber, fund).samePerson()).isTrue();
        assertThat(IdentityMatching.compare(chamber, fund).reasons())
                .contains(MatchReason.NAME_CROSS_SCRIPT, MatchReason.BIRTH_DATE_EQUAL);
        assertThat(IdentityMatching.compare(chamber, legacy).samePerson()).isTrue();
        assertThat(IdentityMatching.compare(fund, legacy).samePerson()).isTrue();
        assertThat(IdentityMatching.compare(fund, legacy).reasons()).contains(MatchReason.NAME_SWAPPED);
    }

    @Test
    void theIssuesThreeSpellingsShareTheirKeysAndASearchInEitherScriptFindsThem() {
        IdentityKeys chamber = IdentityMatching.keys(arabic("1", null, "محمد", "أوحدو", null));
        IdentityKeys fund = IdentityMatching.keys(latin("2", null, "Mohamed", "Ouahdou", null));
        IdentityKeys legacy = IdentityMatching.keys(latin("3", null, "OUHADDOU", "Mhamed", null));

        assertThat(chamber.tokens()).isEqualTo(fund.tokens()).isEqualTo(legacy.tokens());
        assertThat(chamber.nameKey()).isEqualTo(fund.nameKey()).isEqualTo(legacy.nameKey());
        assertThat(IdentityMatching.queryTokens("Mohamed Ouahdou")).isEqualTo(chamber.tokens());
        assertThat(IdentityMatching.queryTokens("محمد أوحدو")).isEqualTo(fund.tokens());
        assertThat(IdentityMatching.queryTokens("ouhaddou")).isSubsetOf(chamber.tokens());
        assertThat(IdentityMatching.queryTokens("JB123456 Ouahdou")).containsExactly("HD");
    }

    @Test
    void abdallahJoinedOrSplitIsTheSameName() {
        MatchScore score = IdentityMatching.compare(
                arabic("1", "JB123456", "عبد الله", "الإدريسي", BORN),
                arabic("2", "JB123456", "عبدالله", "الادريسي", BORN));

        assertThat(score.samePerson()).isTrue();
        assertThat(score.reasons()).contains(MatchReason.NAME_EQUAL, MatchReason.NATIONAL_ID_EQUAL);
    }

    @Test
    void aFamilyNameWrittenFirstIsStillTheSamePerson() {
        MatchScore score = IdentityMatching.compare(
                latin("1", "D456789", "Fatima", "Zahra Bennani", BORN),
                latin("2", null, "BENNANI", "Fatima Zahra", BORN));

        assertThat(score.samePerson()).isTrue();
        assertThat(score.reasons()).contains(MatchReason.NAME_SWAPPED);
    }

    @Test
    void dayAndMonthSwappedInTheBirthDateIsStillTheSamePerson() {
        MatchScore score = IdentityMatching.compare(
                latin("1", null, "Khadija", "Amrani", LocalDate.of(1980, 4, 7)),
                arabic("2", null, "خديجة", "العمراني", LocalDate.of(1980, 7, 4)));

        assertThat(score.samePerson()).isTrue();
        assertThat(score.reasons()).contains(MatchReason.BIRTH_DATE_DAY_MONTH_SWAPPED);
    }

    @Test
    void aNationalIdWithOneMistypedCharacterIsStillTheSamePerson() {
        MatchScore score = IdentityMatching.compare(
                both("1", "JC214578", "يوسف", "التازي", "Youssef", "Tazi", null),
                both("2", "JC214587", "يوسف", "التازي", "Yousef", "El Tazi", null));

        assertThat(score.samePerson()).isTrue();
        assertThat(score.reasons()).contains(MatchReason.NATIONAL_ID_TYPO);
    }

    @Test
    void namesakesWithDifferentNationalIdsAreNotMerged() {
        MatchScore score = IdentityMatching.compare(
                latin("1", "D123456", "Mohamed", "Alaoui", BORN),
                latin("2", "JB987654", "Mohamed", "Alaoui", LocalDate.of(1980, 6, 2)));

        assertThat(score.samePerson()).isFalse();
        assertThat(score.candidate()).isFalse();
        assertThat(score.reasons())
                .contains(MatchReason.NAME_EQUAL, MatchReason.NATIONAL_ID_DIFFERENT, MatchReason.BIRTH_DATE_DIFFERENT);
    }

    @Test
    void namesakesBornTheSameDayButWithDifferentNationalIdsAreNotMerged() {
        MatchScore score = IdentityMatching.compare(
                latin("1", "D123456", "Mohamed", "Alaoui", BORN), latin("2", "JB987654", "Mohamed", "Alaoui", BORN));

        assertThat(score.samePerson()).isFalse();
    }

    @Test
    void aCommonNameAloneIsNotEnoughToMerge() {
        MatchScore score = IdentityMatching.compare(
                latin("1", null, "Mohamed", "Alaoui", null), arabic("2", null, "محمد", "العلوي", null));

        assertThat(score.samePerson()).isFalse();
        assertThat(score.reasons()).contains(MatchReason.NAME_CROSS_SCRIPT);
    }

    @Test
    void theSameNameAndPhoneWithoutIdOrBirthDateIsTheSamePerson() {
        IdentityRecord a = new IdentityRecord("1", null, null, null, "Rachid", "Zerouali", null, "08", "0612345678");
        IdentityRecord b =
                new IdentityRecord("2", null, "رشيد", "زروالي", null, null, null, "08", "+212 6 12 34 56 78");

        MatchScore score = IdentityMatching.compare(a, b);

        assertThat(score.samePerson()).isTrue();
        assertThat(score.reasons()).contains(MatchReason.PHONE_EQUAL, MatchReason.NAME_CROSS_SCRIPT);
    }

    @Test
    void twoDifferentPeopleBornTheSameDayAreNotTheSamePerson() {
        MatchScore score = IdentityMatching.compare(
                latin("1", null, "Mohamed", "Alaoui", BORN), latin("2", null, "Ahmed", "Alaoui", BORN));

        assertThat(score.samePerson()).isFalse();
    }

    @Test
    void theSameNationalIdWithAnUnrelatedNameIsNotMergedBlindly() {
        MatchScore score = IdentityMatching.compare(
                latin("1", "D123456", "Hassan", "Tazi", null), latin("2", "D123456", "Naima", "Berrada", null));

        assertThat(score.samePerson()).isFalse();
        assertThat(score.reasons()).contains(MatchReason.NATIONAL_ID_EQUAL, MatchReason.NAME_DIFFERENT);
    }

    // issue 15: what a person would link across two lists, each in one script (ADR 0054)

    @Test
    void anArabicOnlyAndALatinOnlyRecordBornTheSameDayInTheSameProvinceAreLinked() {
        MatchScore score = IdentityMatching.compare(
                arabic("1", "LB702562", "محمد", "أويوسفي", BORN), latin("2", null, "Mhamed", "Ouhyousfi", BORN));

        assertThat(score.samePerson()).isTrue();
        assertThat(score.reasons())
                .contains(MatchReason.NAME_CROSS_SCRIPT, MatchReason.BIRTH_DATE_EQUAL, MatchReason.PROVINCE_EQUAL);
    }

    @Test
    void aParticleWrittenApartOrJoinedStillAgrees() {
        MatchScore score = IdentityMatching.compare(
                arabic("1", null, "إبراهيم", "بن حدو", BORN), latin("2", null, "Brahim", "Bne Haddou", BORN));

        assertThat(score.samePerson()).isTrue();
    }

    @Test
    void anArabicOnlyAndALatinOnlyRecordWithTheSamePhoneInTheSameProvinceAreLinked() {
        IdentityRecord a =
                new IdentityRecord("1", "V252116", null, null, "Rachid", "Ouhedrissi", BORN, "08", "0668047914");
        IdentityRecord b = new IdentityRecord("2", null, "رشيد", "اوادريسي", null, null, null, "08", "0668047914");

        MatchScore score = IdentityMatching.compare(a, b);

        assertThat(score.samePerson()).isTrue();
        assertThat(score.reasons()).contains(MatchReason.PHONE_EQUAL, MatchReason.NAME_CROSS_SCRIPT);
    }

    @Test
    void theSameCommonNameWithDifferentBirthDatesAndNothingElseInCommonIsNotLinked() {
        MatchScore score = IdentityMatching.compare(
                arabic("1", null, "محمد", "العلوي", BORN),
                latin("2", null, "Mohamed", "Alaoui", LocalDate.of(1984, 9, 2)));

        assertThat(score.samePerson()).isFalse();
        assertThat(score.candidate()).isFalse();
    }

    @Test
    void theSameNameAndBirthDateWithDifferentNationalIdsIsNotLinkedAcrossScriptsEither() {
        MatchScore score = IdentityMatching.compare(
                arabic("1", "D123456", "محمد", "العلوي", BORN), latin("2", "JB987654", "Mohamed", "Alaoui", BORN));

        assertThat(score.samePerson()).isFalse();
        assertThat(score.reasons()).contains(MatchReason.NATIONAL_ID_DIFFERENT);
    }

    @Test
    void namesakesBornTheSameDayInTwoProvincesAreShownToAReviewerButNotLinked() {
        IdentityRecord a = new IdentityRecord("1", "L196692", "محمد", "تازي", null, null, BORN, "151", null);
        IdentityRecord b = new IdentityRecord("2", null, null, null, "Mohamed", "Tazi", BORN, "281", null);

        MatchScore score = IdentityMatching.compare(a, b);

        assertThat(score.samePerson()).isFalse();
        assertThat(score.candidate()).isTrue();
        assertThat(score.reasons()).contains(MatchReason.PROVINCE_DIFFERENT);
    }

    @Test
    void aLatinSpellingWithAClerksSlipIsStillLinkedToTheArabicName() {
        // "Ouh" for أو, an h moved out of "sh", a letter dropped: the other fields agree
        assertThat(IdentityMatching.compare(
                                arabic("1", null, "سعاد", "أوعيسى", BORN), latin("2", null, "Suad", "Ouhaissa", BORN))
                        .samePerson())
                .isTrue();
        assertThat(IdentityMatching.compare(
                                arabic("1", null, "فاطمة", "شفيق", BORN), latin("2", null, "Fatima", "Sahfiq", BORN))
                        .samePerson())
                .isTrue();
        assertThat(IdentityMatching.compare(
                                arabic("1", null, "محمد", "برادة", BORN), latin("2", null, "Mohamed", "Beada", BORN))
                        .samePerson())
                .isTrue();
    }

    @Test
    void twoArabicNamesOneConsonantApartAreStillTwoFamilies() {
        MatchScore score = IdentityMatching.compare(
                arabic("1", null, "محمد", "لحلو", BORN), arabic("2", null, "محمد", "علوي", BORN));

        assertThat(score.samePerson()).isFalse();
    }

    @Test
    void aFathersAndSonsSharedPhoneDoesNotMergeThem() {
        IdentityRecord father = new IdentityRecord(
                "1", null, "محمد", "العلوي", null, null, LocalDate.of(1950, 2, 1), "08", "0612345678");
        IdentityRecord son = new IdentityRecord(
                "2", null, null, null, "Mohamed", "Alaoui", LocalDate.of(1982, 7, 9), "08", "0612345678");

        assertThat(IdentityMatching.compare(father, son).samePerson()).isFalse();
    }

    @Test
    void scoresStayWithinZeroAndOneAndDoNotDependOnTheOrderOfThePair() {
        IdentityRecord[] records = {
            arabic("1", "D123456", "محمد", "أوحدو", BORN),
            latin("2", "D123465", "Mhamed", "Ouhaddou", BORN),
            latin("3", null, "Fatima", "Alaoui", null),
            both("4", "JB1", "فاطمة", "العلوي", "Fatna", "Lalaoui", LocalDate.of(1990, 1, 2)),
            new IdentityRecord("5", null, null, null, null, null, null, null, null)
        };
        for (IdentityRecord a : records) {
            for (IdentityRecord b : records) {
                MatchScore ab = IdentityMatching.compare(a, b);
                MatchScore ba = IdentityMatching.compare(b, a);
                assertThat(ab.score()).isBetween(0.0, 1.0).isEqualTo(ba.score());
            }
        }
    }
}
