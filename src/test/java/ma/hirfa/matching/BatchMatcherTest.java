package ma.hirfa.matching;

import static ma.hirfa.matching.MatchingFixtures.BORN;
import static ma.hirfa.matching.MatchingFixtures.arabic;
import static ma.hirfa.matching.MatchingFixtures.latin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.hirfa.matching.generator.ArtisanGenerator;
import ma.hirfa.matching.scoring.IdentityScorer;
import ma.hirfa.matching.scoring.PreparedIdentity;
import org.junit.jupiter.api.Test;

class BatchMatcherTest {

    @Test
    void findsTheCrossScriptPairAndLeavesTheNamesakeAlone() {
        List<IdentityRecord> records = List.of(
                arabic("a", "D123456", "محمد", "العلوي", BORN),
                latin("b", "D123465", "Mohammed", "El Alaoui", BORN),
                latin("c", "JB987654", "Mohamed", "Alaoui", LocalDate.of(1980, 6, 2)));

        assertThat(BatchMatcher.pairs(records, 2))
                .extracting(MatchPair::recordIdA, MatchPair::recordIdB)
                .containsExactly(tuple("a", "b"));
    }

    @Test
    void anEmptyOrSingleRecordListHasNoPairs() {
        assertThat(BatchMatcher.pairs(List.of(), 2)).isEmpty();
        assertThat(BatchMatcher.pairs(List.of(latin("a", null, "Said", "Tazi", BORN)), 2))
                .isEmpty();
    }

    @Test
    void findsWhatComparingEveryPairFindsOnGeneratedHardRows() {
        List<IdentityRecord> records = generated(1_500, ArtisanGenerator.Profile.HARD, 7);
        List<PreparedIdentity> prepared =
                records.stream().map(PreparedIdentity::of).toList();
        Set<String> everyPair = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                if (IdentityScorer.score(prepared.get(i), prepared.get(j)).samePerson()) {
                    everyPair.add(
                            records.get(i).recordId() + "-" + records.get(j).recordId());
                }
            }
        }

        List<MatchPair> pairs = BatchMatcher.pairs(records, 2);

        assertThat(everyPair).isNotEmpty();
        assertThat(pairs)
                .extracting(p -> p.recordIdA() + "-" + p.recordIdB())
                .containsExactlyInAnyOrderElementsOf(everyPair);
    }

    @Test
    void givesTheSamePairsWithOneThreadOrFour() {
        List<IdentityRecord> records = generated(5_000, ArtisanGenerator.Profile.HARD, 11);

        assertThat(BatchMatcher.pairs(records, 1)).isEqualTo(BatchMatcher.pairs(records, 4));
    }

    @Test
    void findsTheGeneratorsDuplicatesWithoutMergingItsNamesakes() {
        List<int[]> truth = new ArrayList<>();
        List<IdentityRecord> records = generated(10_000, ArtisanGenerator.Profile.STANDARD, 3, truth);

        List<MatchPair> pairs = BatchMatcher.pairs(records, 2);

        Quality quality = Quality.of(pairs, truth, records.size());
        assertThat(quality.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void keepsGoodPrecisionAndRecallOnTheHarderProfile() {
        List<int[]> truth = new ArrayList<>();
        List<IdentityRecord> records = generated(10_000, ArtisanGenerator.Profile.HARD, 5, truth);

        Quality quality = Quality.of(BatchMatcher.pairs(records, 2), truth, records.size());

        assertThat(quality.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void linksAcrossTwoListsInOneScriptEachWithoutMergingNamesakes() {
        List<IdentityRecord> records = List.of(
                arabic("ar-born", "LB702562", "محمد", "أويوسفي", BORN),
                latin("lat-born", null, "Mhamed", "Ouhyousfi", BORN),
                new IdentityRecord("ar-phone", "V252116", "رشيد", "اوادريسي", null, null, null, "08", "0668047914"),
                new IdentityRecord("lat-phone", null, null, null, "Rachid", "Ouhedrissi", null, "08", "0668047914"),
                new IdentityRecord("ar-id", "J311265", "محمد", "اوزرهّوني", null, null, null, "08", null),
                new IdentityRecord("lat-id", "J311266", null, null, "Mohamed", "Ouhzarhouni", null, "08", null),
                arabic("namesake-1", null, "محمد", "العلوي", BORN),
                latin("namesake-2", null, "Mohamed", "Alaoui", LocalDate.of(1984, 9, 2)),
                latin("namesake-3", "D123456", "Mohamed", "Alaoui", LocalDate.of(1990, 1, 5)),
                arabic("namesake-4", "JB987654", "محمد", "العلوي", LocalDate.of(1990, 1, 5)));

        assertThat(BatchMatcher.pairs(records, 2))
                .extracting(MatchPair::recordIdA, MatchPair::recordIdB)
                .containsExactly(
                        tuple("ar-born", "lat-born"), tuple("ar-phone", "lat-phone"), tuple("ar-id", "lat-id"));
    }

    @Test
    void linksTheLinkingProfilesRepeatsAPersonWouldLink() {
        List<int[]> truth = new ArrayList<>();
        List<IdentityRecord> records = generated(20_000, ArtisanGenerator.Profile.LINKING, 13, truth);

        Quality quality = Quality.of(BatchMatcher.pairs(records, 2), truth, records.size());

        assertThat(quality.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.96);
    }

    private static List<IdentityRecord> generated(int rows, ArtisanGenerator.Profile profile, long seed) {
        return generated(rows, profile, seed, new ArrayList<>());
    }

    private static List<IdentityRecord> generated(
            int rows, ArtisanGenerator.Profile profile, long seed, List<int[]> truth) {
        List<IdentityRecord> records = new ArrayList<>();
        new ArtisanGenerator(seed, profile).generate(rows, row -> {
            records.add(new IdentityRecord(
                    Long.toString(row.id()),
                    row.nationalId(),
                    row.firstNameAr(),
                    row.lastNameAr(),
                    row.firstNameLat(),
                    row.lastNameLat(),
                    row.birthDate(),
                    row.provinceCode(),
                    row.phone()));
            if (row.duplicateOf() != 0) {
                truth.add(new int[] {(int) row.id(), (int) row.duplicateOf()});
            }
        });
        return records;
    }

    /** Precision and recall over pairs: a row and the rows that repeat it are one person. */
    private record Quality(double precision, double recall) {

        static Quality of(List<MatchPair> pairs, List<int[]> truth, int rows) {
            int[] person = new int[rows + 1];
            for (int id = 1; id <= rows; id++) {
                person[id] = id;
            }
            for (int[] t : truth) {
                person[t[0]] = person[t[1]];
            }
            int[] size = new int[rows + 1];
            for (int id = 1; id <= rows; id++) {
                size[person[id]]++;
            }
            long expected = 0;
            for (int s : size) {
                expected += (long) s * (s - 1) / 2;
            }
            long right = pairs.stream()
                    .filter(p -> person[Integer.parseInt(p.recordIdA())] == person[Integer.parseInt(p.recordIdB())])
                    .count();
            return new Quality((double) right / pairs.size(), (double) right / expected);
        }
    }
}
