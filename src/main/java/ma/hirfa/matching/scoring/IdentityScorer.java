package ma.hirfa.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.matching.MatchReason;
import ma.hirfa.matching.MatchScore;
import ma.hirfa.matching.phonetic.ScriptName;

/**
 * Scores a pair of prepared records: each field adds a log-odds weight (agreement for, disagreement
 * against, a missing field nothing), the sum goes through a logistic curve centred on {@link #CENTRE}. The
 * weights and the reasoning behind them are in ADR 0012.
 */
public final class IdentityScorer {

    static final double NATIONAL_ID_EQUAL = 8;
    static final double NATIONAL_ID_TYPO = 4;
    static final double NATIONAL_ID_DIFFERENT = -6;
    static final double BIRTH_DATE_EQUAL = 4.5;
    static final double BIRTH_DATE_SWAPPED = 3.5;
    static final double BIRTH_DATE_CLOSE = -1;
    static final double BIRTH_DATE_DIFFERENT = -5;
    static final double PROVINCE_EQUAL = 1;
    /**
     * Below −1.27, a name and a birth date alone cannot link across provinces: nationally, namesakes born the
     * same day outnumber the people who moved and lost both their id and their phone (ADR 0054).
     */
    static final double PROVINCE_DIFFERENT = -1.5;
    /** A phone is one person's: as strong as a birth date (ADR 0054)... */
    static final double PHONE_EQUAL = 4.5;
    /** ...unless the birth dates disagree: then it is likely a family's phone, shared by relatives. */
    static final double PHONE_EQUAL_BIRTH_DATES_DIFFER = 3;

    static final double CENTRE = 6;

    /** The total weight at which the logistic curve reaches {@link MatchScore#SAME_PERSON}. */
    static final double SAME_PERSON_WEIGHT = CENTRE + Math.log(MatchScore.SAME_PERSON / (1 - MatchScore.SAME_PERSON));

    /**
     * The batch drops pairs with two different national ids and far birth dates without scoring them: that is
     * only right while their best possible weight stays below {@link #SAME_PERSON_WEIGHT}.
     */
    public static final boolean DIFFERENT_ID_AND_FAR_BIRTH_DATE_NEVER_MATCH = NATIONAL_ID_TYPO
                    + BIRTH_DATE_DIFFERENT
                    + PHONE_EQUAL_BIRTH_DATES_DIFFER
                    + PROVINCE_EQUAL
                    + NameAgreement.MAX_WEIGHT
            < SAME_PERSON_WEIGHT;

    static {
        if (!DIFFERENT_ID_AND_FAR_BIRTH_DATE_NEVER_MATCH) {
            throw new IllegalStateException("weights changed: the batch pre-filter of DuplicateFinder is wrong");
        }
    }

    private IdentityScorer() {}

    public static MatchScore score(PreparedIdentity a, PreparedIdentity b) {
        List<MatchReason> reasons = new ArrayList<>(6);
        double weight = fieldsWeight(a, b, reasons);
        weight += namesWeight(a, b, reasons);
        return new MatchScore(logistic(weight), reasons);
    }

    /** The score when the pair is the same person, otherwise null; skips the names when they cannot tip it. */
    public static MatchScore scoreIfSamePerson(PreparedIdentity a, PreparedIdentity b) {
        double weight = fieldsWeight(a, b, null);
        if (weight + NameAgreement.MAX_WEIGHT < SAME_PERSON_WEIGHT) {
            return null;
        }
        weight += namesWeight(a, b, null);
        if (weight < SAME_PERSON_WEIGHT) {
            return null;
        }
        return score(a, b);
    }

    private static double logistic(double weight) {
        double score = 1 / (1 + Math.exp(-(weight - CENTRE)));
        return Math.round(score * 1000) / 1000.0;
    }

    private static double fieldsWeight(PreparedIdentity a, PreparedIdentity b, List<MatchReason> reasons) {
        double weight = 0;
        boolean birthDatesDiffer = false;
        if (a.nationalId() != null && b.nationalId() != null) {
            if (a.nationalId().equals(b.nationalId())) {
                weight += NATIONAL_ID_EQUAL;
                add(reasons, MatchReason.NATIONAL_ID_EQUAL);
            } else if (EditDistance.withinOne(a.nationalId(), b.nationalId())) {
                weight += NATIONAL_ID_TYPO;
                add(reasons, MatchReason.NATIONAL_ID_TYPO);
            } else {
                weight += NATIONAL_ID_DIFFERENT;
                add(reasons, MatchReason.NATIONAL_ID_DIFFERENT);
            }
        }
        if (a.birthDate() != PreparedIdentity.NO_DATE && b.birthDate() != PreparedIdentity.NO_DATE) {
            if (a.birthDate() == b.birthDate()) {
                weight += BIRTH_DATE_EQUAL;
                add(reasons, MatchReason.BIRTH_DATE_EQUAL);
            } else if (a.year() == b.year() && a.day() == b.month() && a.month() == b.day()) {
                weight += BIRTH_DATE_SWAPPED;
                add(reasons, MatchReason.BIRTH_DATE_DAY_MONTH_SWAPPED);
            } else {
                int differing = (a.year() != b.year() ? 1 : 0)
                        + (a.month() != b.month() ? 1 : 0)
                        + (a.day() != b.day() ? 1 : 0);
                birthDatesDiffer = true;
                if (differing == 1) {
                    weight += BIRTH_DATE_CLOSE;
                    add(reasons, MatchReason.BIRTH_DATE_CLOSE);
                } else {
                    weight += BIRTH_DATE_DIFFERENT;
                    add(reasons, MatchReason.BIRTH_DATE_DIFFERENT);
                }
            }
        }
        if (a.phone() != null && a.phone().equals(b.phone())) {
            weight += birthDatesDiffer ? PHONE_EQUAL_BIRTH_DATES_DIFFER : PHONE_EQUAL;
            add(reasons, MatchReason.PHONE_EQUAL);
        }
        if (a.provinceCode() != null && b.provinceCode() != null) {
            if (a.provinceCode().equals(b.provinceCode())) {
                weight += PROVINCE_EQUAL;
                add(reasons, MatchReason.PROVINCE_EQUAL);
            } else {
                weight += PROVINCE_DIFFERENT;
                add(reasons, MatchReason.PROVINCE_DIFFERENT);
            }
        }
        return weight;
    }

    private static void add(List<MatchReason> reasons, MatchReason reason) {
        if (reasons != null) {
            reasons.add(reason);
        }
    }

    private static double namesWeight(PreparedIdentity a, PreparedIdentity b, List<MatchReason> reasons) {
        NameAgreement best = null;
        boolean bestCrossScript = false;
        ScriptName[] left = {a.arabic(), a.latin()};
        ScriptName[] right = {b.arabic(), b.latin()};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                if (left[i].isEmpty() || right[j].isEmpty()) {
                    continue;
                }
                NameAgreement agreement = NameAgreement.of(left[i], right[j], i == 1 || j == 1);
                boolean cross = i != j;
                if (best == null
                        || agreement.weight() > best.weight()
                        || (agreement.weight() == best.weight() && bestCrossScript && !cross)) {
                    best = agreement;
                    bestCrossScript = cross;
                }
            }
        }
        if (best == null) {
            return 0;
        }
        if (reasons == null) {
            return best.weight();
        }
        if (best.weight() < 0) {
            reasons.add(0, MatchReason.NAME_DIFFERENT);
        } else {
            List<MatchReason> names = new ArrayList<>(3);
            names.add(best.sameSpelling() && !bestCrossScript ? MatchReason.NAME_EQUAL : MatchReason.NAME_SIMILAR);
            if (bestCrossScript) {
                names.add(MatchReason.NAME_CROSS_SCRIPT);
            }
            if (best.swapped()) {
                names.add(MatchReason.NAME_SWAPPED);
            }
            reasons.addAll(0, names);
        }
        return best.weight();
    }
}
