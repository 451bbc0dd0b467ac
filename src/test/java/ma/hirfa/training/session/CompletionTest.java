package ma.hirfa.training.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionTest {

    @Test
    void aTraineeCompletesWhenPresentOnAtLeastTheMinimumShareOfDays() {
        Completion rule = new Completion(80, false);

        assertThat(rule.completed(4, 5, null)).isTrue();
        assertThat(rule.completed(3, 5, null)).isFalse();
        assertThat(rule.completed(5, 5, false))
                .as("no assessment in this programme")
                .isTrue();
        assertThat(rule.percent(2, 3)).isEqualTo(66);
    }

    @Test
    void withAnAssessmentAttendanceIsNotEnough() {
        Completion rule = new Completion(60, true);

        assertThat(rule.completed(5, 5, null)).isFalse();
        assertThat(rule.completed(5, 5, false)).isFalse();
        assertThat(rule.completed(3, 5, true)).isTrue();
        assertThat(rule.completed(2, 5, true)).isFalse();
    }

    @Test
    void aSessionWithoutDaysCompletesNobody() {
        assertThat(new Completion(1, false).completed(0, 0, null)).isFalse();
    }
}
