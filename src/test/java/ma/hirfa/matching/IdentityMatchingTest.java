package ma.hirfa.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityMatchingTest {

    private static final LocalDate BORN = LocalDate.of(1971, 3, 14);

    private static IdentityRecord arabic(String id, String nid, String first, String last, LocalDate born) {
        return new IdentityRecord(id, nid, first, last, null, null, born, "08", null);
    }

    private static IdentityRecord latin(String id, String nid, String first, String last, LocalDate born) {
        return new IdentityRecord(id, nid, null, null, first, last, born, "08", null);
    }

    @Test
    void anArabicOnlyRecordMatchesItsLatinOnlyTwinInEitherOrder() {
        IdentityRecord ar = arabic("1", null, "محمد", "أوحدو", BORN);
        IdentityRecord fund = latin("2", null, "Mohamed", "Ouahdou", BORN);
        IdentityRecord legacy = latin("3", null, "OUHADDOU", "Mhamed", BORN);

        assertThat(IdentityMatching.compare(ar, fund).samePerson()).isTrue();
        assertThat(IdentityMatching.compare(ar, fund).reasons()).contains(MatchReason.NAME_CROSS_SCRIPT);
        assertThat(IdentityMatching.compare(ar, legacy).samePerson()).isTrue();
        assertThat(IdentityMatching.compare(fund, legacy).reasons()).contains(MatchReason.NAME_SWAPPED);
    }

    @Test
    void theThreeSpellingsOfTheIssueShareTheirTokens() {
        IdentityKeys ar = IdentityMatching.keys(arabic("1", null, "محمد", "أوحدو", null));
        IdentityKeys fund = IdentityMatching.keys(latin("2", null, "Mohamed", "Ouahdou", null));
        IdentityKeys legacy = IdentityMatching.keys(latin("3", null, "OUHADDOU", "Mhamed", null));

        assertThat(ar.tokens()).isEqualTo(fund.tokens()).isEqualTo(legacy.tokens());
        assertThat(ar.nameKey()).isEqualTo(fund.nameKey()).isEqualTo(legacy.nameKey());
        assertThat(IdentityMatching.queryTokens("Mohamed Ouahdou")).isEqualTo(ar.tokens());
        assertThat(IdentityMatching.queryTokens("محمد أوحدو")).isEqualTo(fund.tokens());
    }

    @Test
    void namesakesWithDifferentNationalIdsAreNotTheSamePerson() {
        IdentityRecord one = latin("1", "D123456", "Mohamed", "Alaoui", BORN);
        IdentityRecord other = latin("2", "JB987654", "Mohamed", "Alaoui", LocalDate.of(1980, 6, 2));

        MatchScore score = IdentityMatching.compare(one, other);

        assertThat(score.samePerson()).isFalse();
        assertThat(score.reasons())
                .contains(MatchReason.NAME_EQUAL, MatchReason.NATIONAL_ID_DIFFERENT, MatchReason.BIRTH_DATE_DIFFERENT);
    }

    @Test
    void batchMatcherFindsTheCrossScriptPairAndNotTheNamesake() {
        List<IdentityRecord> records = List.of(
                arabic("a", "D123456", "محمد", "العلوي", BORN),
                latin("b", "D123465", "Mohammed", "El Alaoui", BORN),
                latin("c", "JB987654", "Mohamed", "Alaoui", LocalDate.of(1980, 6, 2)));

        List<MatchPair> pairs = BatchMatcher.pairs(records, 2);

        assertThat(pairs)
                .extracting(MatchPair::recordIdA, MatchPair::recordIdB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b"));
    }
}
