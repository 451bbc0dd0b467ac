package ma.hirfa.coverage.file;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import ma.hirfa.coverage.ClaimOwed;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.CoverageParameters;
import ma.hirfa.coverage.rights.ParameterTimeline;
import ma.hirfa.coverage.rights.Payment;
import ma.hirfa.coverage.rights.Retroactive;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces {@link ClaimOwed} when a claim is filed already rejected, or a recorded decision turns it into one
 * owed retroactively, by the rule
 * and policy of the owed-claims list. Only a rejection that is new is looked at, so a fund file read twice
 * announces nothing twice.
 */
@Component
class ClaimOwedAnnouncer {

    private final CoverageEnrolmentRepository enrolments;
    private final ContributionRepository contributions;
    private final CoverageParameters parameters;
    private final ApplicationEventPublisher events;

    ClaimOwedAnnouncer(
            CoverageEnrolmentRepository enrolments,
            ContributionRepository contributions,
            CoverageParameters parameters,
            ApplicationEventPublisher events) {
        this.enrolments = enrolments;
        this.contributions = contributions;
        this.parameters = parameters;
        this.events = events;
    }

    /** After a claim was filed ({@code before} null) or its decision recorded. */
    void decided(ClaimFile before, ClaimFile after, LocalDate today) {
        boolean newRejection = after.decision() == ClaimDecision.REJECTED
                && (before == null
                        || before.decision() != ClaimDecision.REJECTED
                        || before.rejectionReason() != after.rejectionReason());
        if (newRejection && owed(after, today)) {
            events.publishEvent(new ClaimOwed(
                    after.id(), after.artisanId(), after.regionCode(), after.careDate(), after.amountClaimed()));
        }
    }

    private boolean owed(ClaimFile claim, LocalDate today) {
        Optional<Enrolment> enrolment = enrolments.enrolment(claim.artisanId());
        if (enrolment.isEmpty()) {
            return false;
        }
        List<Payment> payments = contributions.contributions(claim.artisanId()).stream()
                .map(Contribution::payment)
                .toList();
        ParameterTimeline timeline = parameters.timeline();
        return Retroactive.assess(
                        claim.forRule(),
                        enrolment.get().enrolledOn(),
                        payments,
                        timeline,
                        timeline.policyAt(YearMonth.from(today)),
                        today)
                .owed();
    }
}
