package ma.hirfa.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchBandTest {

    @Test
    void theBandsFollowTheEnginesThresholds() {
        assertThat(MatchBand.of(1.0)).isEqualTo(MatchBand.STRONG);
        assertThat(MatchBand.of(MatchScore.SAME_PERSON)).isEqualTo(MatchBand.STRONG);
        assertThat(MatchBand.of(0.84)).isEqualTo(MatchBand.PROBABLE);
        assertThat(MatchBand.of(IdentitySearch.CANDIDATE_THRESHOLD)).isEqualTo(MatchBand.PROBABLE);
        assertThat(MatchBand.of(0.69)).isEqualTo(MatchBand.POSSIBLE);
        assertThat(MatchBand.of(MatchScore.CANDIDATE)).isEqualTo(MatchBand.POSSIBLE);
        assertThat(MatchBand.of(0.49)).isEqualTo(MatchBand.WEAK);
        assertThat(MatchBand.STRONG.fromPercent()).isEqualTo(85);
    }

    @Test
    void aHitWhoseNameTheEngineJudgedDifferentIsNotAMatchUnlessTheNationalIdIsTheSame() {
        assertThat(new IdentityHit(1, 0.6, "NAME", java.util.List.of(MatchReason.NAME_DIFFERENT)).differentName())
                .isTrue();
        assertThat(new IdentityHit(
                                1,
                                0.6,
                                "IDENTITY",
                                java.util.List.of(MatchReason.NAME_DIFFERENT, MatchReason.NATIONAL_ID_EQUAL))
                        .differentName())
                .isFalse();
    }
}
