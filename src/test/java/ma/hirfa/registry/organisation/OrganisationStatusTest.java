package ma.hirfa.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.registry.artisan.Transition;
import org.junit.jupiter.api.Test;

class OrganisationStatusTest {

    @Test
    void everyWorkflowStepLeadsToAnOrganisationStatus() {
        for (Transition t : Transition.values()) {
            assertThat(OrganisationStatus.reachedBy(t).name())
                    .isEqualTo(t.target().name());
        }
        assertThat(OrganisationStatus.reachedBy(Transition.REINSTATE)).isEqualTo(OrganisationStatus.REGISTERED);
    }

    @Test
    void followsTheRegistersMakerCheckerSteps() {
        assertThat(OrganisationStatus.DRAFT.allows(Transition.SUBMIT)).isTrue();
        assertThat(OrganisationStatus.DRAFT.allows(Transition.APPROVE)).isFalse();
        assertThat(OrganisationStatus.SUBMITTED.allows(Transition.APPROVE)).isTrue();
        assertThat(OrganisationStatus.REGISTERED.allows(Transition.SUSPEND)).isTrue();
        assertThat(OrganisationStatus.STRUCK_OFF.allows(Transition.REINSTATE)).isTrue();
        assertThat(OrganisationStatus.REJECTED.allows(Transition.SUBMIT)).isFalse();
    }

    @Test
    void onlyDraftsAndReturnedFilesAreFreelyEditable() {
        assertThat(OrganisationStatus.DRAFT.editable()).isTrue();
        assertThat(OrganisationStatus.RETURNED.editable()).isTrue();
        assertThat(OrganisationStatus.REGISTERED.editable()).isFalse();
    }
}
