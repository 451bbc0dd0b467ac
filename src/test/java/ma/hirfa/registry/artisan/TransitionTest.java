package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransitionTest {

    @Test
    void onlyASubmittedFileCanBeApprovedReturnedOrRejected() {
        for (ArtisanStatus status : ArtisanStatus.values()) {
            boolean submitted = status == ArtisanStatus.SUBMITTED;
            assertThat(Transition.APPROVE.allowedFrom(status))
                    .as("approve from %s", status)
                    .isEqualTo(submitted);
            assertThat(Transition.RETURN.allowedFrom(status))
                    .as("return from %s", status)
                    .isEqualTo(submitted);
            assertThat(Transition.REJECT.allowedFrom(status))
                    .as("reject from %s", status)
                    .isEqualTo(submitted);
        }
    }

    @Test
    void draftsAndReturnedFilesAreSubmittedAndNothingElse() {
        assertThat(Transition.SUBMIT.allowedFrom(ArtisanStatus.DRAFT)).isTrue();
        assertThat(Transition.SUBMIT.allowedFrom(ArtisanStatus.RETURNED)).isTrue();
        assertThat(Transition.SUBMIT.allowedFrom(ArtisanStatus.SUBMITTED)).isFalse();
        assertThat(Transition.SUSPEND.allowedFrom(ArtisanStatus.DRAFT)).isFalse();
    }

    @Test
    void onlyRegisteredArtisansAreSuspendedAndSuspendedOrStruckOffOnesReinstated() {
        assertThat(Transition.SUSPEND.allowedFrom(ArtisanStatus.REGISTERED)).isTrue();
        assertThat(Transition.SUSPEND.allowedFrom(ArtisanStatus.SUSPENDED)).isFalse();
        assertThat(Transition.STRIKE_OFF.allowedFrom(ArtisanStatus.SUSPENDED)).isTrue();
        assertThat(Transition.REINSTATE.allowedFrom(ArtisanStatus.SUSPENDED)).isTrue();
        assertThat(Transition.REINSTATE.allowedFrom(ArtisanStatus.STRUCK_OFF)).isTrue();
        assertThat(Transition.REINSTATE.allowedFrom(ArtisanStatus.REGISTERED)).isFalse();
    }

    @Test
    void aRejectedFileIsFinal() {
        for (Transition t : Transition.values()) {
            assertThat(t.allowedFrom(ArtisanStatus.REJECTED)).as(t.name()).isFalse();
        }
    }

    @Test
    void decisionsNeedAReasonExceptApproval() {
        assertThat(Transition.APPROVE.needsReason()).isFalse();
        assertThat(Transition.SUBMIT.needsReason()).isFalse();
        assertThat(Transition.RETURN.needsReason()).isTrue();
        assertThat(Transition.REJECT.needsReason()).isTrue();
        assertThat(Transition.SUSPEND.needsReason()).isTrue();
        assertThat(Transition.STRIKE_OFF.needsReason()).isTrue();
    }

    @Test
    void apiSlugsNameEveryStep() {
        assertThat(Transition.ofSlug("strike-off")).contains(Transition.STRIKE_OFF);
        assertThat(Transition.ofSlug("approve")).contains(Transition.APPROVE);
        assertThat(Transition.ofSlug("delete")).isEmpty();
    }
}
