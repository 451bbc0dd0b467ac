package ma.hirfa.calls;

import java.util.List;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking of a call, its publication and when it becomes final (ADR 0046): once the appeals window is over
 * and every appeal is decided (the {@link CallFinaliser} looks each hour; deciding the last appeal after the
 * window does it at once), or earlier when a manager declares it final while no appeal is pending.
 */
@Service
class Results {

    private final Calls calls;
    private final CallRepository callRepository;
    private final CallApplicationRepository applications;
    private final CommitteeRepository committee;
    private final AppealRepository appeals;
    private final CallRoles roles;
    private final ApplicationEventPublisher events;

    Results(
            Calls calls,
            CallRepository callRepository,
            CallApplicationRepository applications,
            CommitteeRepository committee,
            AppealRepository appeals,
            CallRoles roles,
            ApplicationEventPublisher events) {
        this.calls = calls;
        this.callRepository = callRepository;
        this.applications = applications;
        this.committee = committee;
        this.appeals = appeals;
        this.roles = roles;
        this.events = events;
    }

    /**
     * Every standing for staff and the ministry; an artisan sees only their own, and only once the results are
     * published.
     */
    @Transactional(readOnly = true)
    List<Standing> standings(long callId) {
        Call call = calls.get(callId);
        List<Standing> all = standings(call);
        CurrentUser user = roles.current();
        if (user.role() != Role.ARTISAN) {
            return all;
        }
        if (call.status() != CallStatus.PUBLISHED && call.status() != CallStatus.FINAL) {
            return List.of();
        }
        return all.stream()
                .filter(s -> s.application().applicant().equals(Applicant.artisan(user.artisanId())))
                .toList();
    }

    List<Standing> standings(Call call) {
        return Ranking.of(call.grid(), applications.ofCall(call.id()), committee.scores(call.id()));
    }

    @Transactional
    void publish(long callId) {
        roles.manager();
        Call call = calls.get(callId);
        long unscored = standings(call).stream().filter(s -> !s.ranked()).count();
        if (call.status() == CallStatus.CLOSED || call.status() == CallStatus.SCORING) {
            if (unscored > 0) {
                throw Refusal.conflict("calls.publish.unscored", unscored);
            }
        }
        calls.move(
                call,
                call.status() == CallStatus.CLOSED ? CallStatus.CLOSED : CallStatus.SCORING,
                CallStatus.PUBLISHED,
                calls.today(),
                null);
    }

    /** A manager ends the appeals window early; refused while an appeal waits for its decision. */
    @Transactional
    void declareFinal(long callId) {
        roles.manager();
        Call call = calls.get(callId);
        if (appeals.pending(callId) > 0) {
            throw Refusal.conflict("calls.final.appealPending");
        }
        calls.move(call, CallStatus.PUBLISHED, CallStatus.FINAL, null, calls.today());
        events.publishEvent(new CallResultsFinal(call.id(), call.kind(), call.ownerId()));
    }

    /** As no user (the finaliser) or after an appeal decision: final when the window is over and none pending. */
    @Transactional
    boolean finaliseIfDue(long callId) {
        Call call = callRepository.findAnyScope(callId).orElse(null);
        if (call == null
                || call.status() != CallStatus.PUBLISHED
                || !call.appealsUntil().isBefore(calls.today())
                || appeals.pending(callId) > 0
                || !callRepository.move(callId, CallStatus.PUBLISHED, CallStatus.FINAL, null, calls.today())) {
            return false;
        }
        events.publishEvent(new CallResultsFinal(call.id(), call.kind(), call.ownerId()));
        return true;
    }
}
