package ma.hirfa.coverage.rights;

import static ma.hirfa.coverage.rights.RightsFixtures.ENROLLED;
import static ma.hirfa.coverage.rights.RightsFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetroactiveTest {

    /** CPU payments made each month but recorded by the fund in one batch in July. */
    static final List<Payment> RECORDED_LATE = List.of(
            payment("2024-01", "2024-01-20", "2024-07-10"),
            payment("2024-02", "2024-02-20", "2024-07-10"),
            payment("2024-03", "2024-03-20", "2024-07-10"),
            payment("2024-04", "2024-04-20", "2024-07-10"),
            payment("2024-05", "2024-05-20", "2024-07-10"));

    static final LocalDate TODAY = LocalDate.of(2024, 12, 1);

    @Test
    void aClaimRejectedForRightsWhileTheArtisanHadPaidIsOwedAndTheFundViewShowsWhy() {
        var claim = new Retroactive.Claim(
                LocalDate.of(2024, 5, 22), ClaimDecision.REJECTED, RejectionReason.RIGHTS, LocalDate.of(2024, 6, 15));

        Retroactive.Assessment assessment = assess(claim, RECORDED_LATE, RetroactivePolicy.STRICT);

        assertThat(assessment.owed()).isTrue();
        assertThat(assessment.entitledOnCareDate().status()).isEqualTo(RightsStatus.OPEN);
        assertThat(assessment.fundOnDecision().status()).isEqualTo(RightsStatus.WAITING);
        assertThat(assessment.policy()).isEqualTo(RetroactivePolicy.STRICT);
    }

    @Test
    void aReimbursedClaimIsNeverOwed() {
        var claim = new Retroactive.Claim(
                LocalDate.of(2024, 5, 22), ClaimDecision.REIMBURSED, null, LocalDate.of(2024, 6, 15));

        assertThat(assess(claim, RECORDED_LATE, RetroactivePolicy.AMNESTY).owed())
                .isFalse();
    }

    @Test
    void aClaimRejectedForMissingDocumentsIsNotOwedByTheRightsRule() {
        var claim = new Retroactive.Claim(
                LocalDate.of(2024, 5, 22),
                ClaimDecision.REJECTED,
                RejectionReason.DOCUMENTS,
                LocalDate.of(2024, 6, 15));

        assertThat(assess(claim, RECORDED_LATE, RetroactivePolicy.STRICT).owed())
                .isFalse();
    }

    @Test
    void paymentsMadeAfterTheCareDateCountOnlyUnderTheAmnestyPolicy() {
        List<Payment> paidLate = List.of(
                payment("2024-01", "2024-08-01", "2024-08-05"),
                payment("2024-02", "2024-08-01", "2024-08-05"),
                payment("2024-03", "2024-08-01", "2024-08-05"),
                payment("2024-04", "2024-08-01", "2024-08-05"));
        var claim = new Retroactive.Claim(
                LocalDate.of(2024, 4, 22), ClaimDecision.REJECTED, RejectionReason.RIGHTS, LocalDate.of(2024, 5, 15));

        assertThat(assess(claim, paidLate, RetroactivePolicy.STRICT).owed()).isFalse();
        Retroactive.Assessment amnesty = assess(claim, paidLate, RetroactivePolicy.AMNESTY);
        assertThat(amnesty.owed()).isTrue();
        assertThat(amnesty.policy()).isEqualTo(RetroactivePolicy.AMNESTY);
    }

    private static Retroactive.Assessment assess(
            Retroactive.Claim claim, List<Payment> payments, RetroactivePolicy policy) {
        return Retroactive.assess(claim, ENROLLED, payments, ParameterTimeline.defaults(), policy, TODAY);
    }
}
