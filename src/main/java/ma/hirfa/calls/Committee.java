package ma.hirfa.calls;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee of a call: members added by the chamber; each member declares, application by application, that
 * they have no conflict of interest (refused when they have one) and only then scores it, criterion by
 * criterion within the published grid, with a justification.
 */
@Service
class Committee {

    private final Calls calls;
    private final CallRepository callRepository;
    private final CommitteeRepository committee;
    private final CallApplicationRepository applications;
    private final CallConflicts conflicts;
    private final RegisteredArtisans artisans;
    private final CallRoles roles;
    private final Acting acting;

    Committee(
            Calls calls,
            CallRepository callRepository,
            CommitteeRepository committee,
            CallApplicationRepository applications,
            CallConflicts conflicts,
            RegisteredArtisans artisans,
            CallRoles roles,
            Acting acting) {
        this.calls = calls;
        this.callRepository = callRepository;
        this.committee = committee;
        this.applications = applications;
        this.conflicts = conflicts;
        this.artisans = artisans;
        this.roles = roles;
        this.acting = acting;
    }

    @Transactional
    long addMember(long callId, CallMemberForm form) {
        CurrentUser user = roles.staff();
        Call call = calls.get(callId);
        if (call.status() == CallStatus.PUBLISHED || call.status() == CallStatus.FINAL) {
            throw Refusal.conflict("calls.call.wrongStatus");
        }
        Long artisanId = artisans.idNamedBy(
                form.artisanId(), form.artisanReference(), "artisanReference", "calls.member.artisanUnknown");
        Set<Long> relatives = artisans.idsNamedBy(
                form.relativeIds(), form.relativeReferences(), "relativeReferences", "calls.member.relativeUnknown");
        Member member = new Member(
                0,
                callId,
                form.username().strip().toLowerCase(java.util.Locale.ROOT),
                form.fullName().strip(),
                artisanId,
                List.copyOf(relatives),
                user.username(),
                acting.nowWithOffset());
        long id;
        try {
            id = committee.insert(member);
        } catch (DuplicateKeyException twice) {
            throw Refusal.conflict("calls.member.twice");
        }
        acting.audit().created(Calls.ENTITY + "Member", id, call.regionCode(), member);
        return id;
    }

    /** The signed-in member declares no conflict of interest with this applicant; refused when there is one. */
    @Transactional
    void declare(long callId, long applicationId) {
        Call call = calls.get(callId);
        Member member = me(call);
        CallApplication application = application(call, applicationId);
        List<String> reasons = conflicts.between(member, application.applicant());
        if (!reasons.isEmpty()) {
            throw Refusal.conflict(reasons.get(0), member.fullName(), application.applicantName());
        }
        if (!committee.declared(member.id(), applicationId)) {
            committee.declare(member.id(), applicationId, acting.nowWithOffset());
            acting.audit().created(Calls.ENTITY + "Declaration", applicationId, call.regionCode(), member.username());
        }
    }

    /** The signed-in member's scores of one application (again as often as needed until results are published). */
    @Transactional
    void score(long callId, long applicationId, ScoreForm form) {
        Call call = calls.get(callId);
        if (call.status() != CallStatus.CLOSED && call.status() != CallStatus.SCORING) {
            throw Refusal.conflict("calls.score.notNow");
        }
        Member member = me(call);
        CallApplication application = application(call, applicationId);
        if (!committee.declared(member.id(), applicationId)) {
            throw Refusal.conflict("calls.score.undeclared");
        }
        Refusal problems = Refusal.invalid();
        for (ScoreForm.Line line : form.scores()) {
            int max = call.maxOf(line.code());
            if (max < 0) {
                problems.field("scores", "calls.score.notInGrid");
            } else if (line.score() < 0 || line.score() > max) {
                problems.field("scores", "calls.score.outOfGrid", line.score(), max);
            }
            if (line.justification() == null || line.justification().isBlank()) {
                problems.field("scores", "calls.score.justificationRequired");
            }
        }
        problems.throwIfAny();
        List<Score> before = mine(call.id(), member.id(), applicationId);
        OffsetDateTime now = acting.nowWithOffset();
        for (ScoreForm.Line line : form.scores()) {
            committee.save(new Score(
                    member.id(),
                    applicationId,
                    line.code(),
                    line.score(),
                    line.justification().strip(),
                    now));
        }
        if (call.status() == CallStatus.CLOSED) {
            callRepository.move(call.id(), CallStatus.CLOSED, CallStatus.SCORING, null, null);
        }
        acting.audit()
                .updated(
                        Calls.ENTITY + "Score",
                        application.id(),
                        call.regionCode(),
                        before,
                        mine(call.id(), member.id(), applicationId));
    }

    @Transactional(readOnly = true)
    List<Member> members(long callId) {
        return committee.members(calls.get(callId).id());
    }

    /** The signed-in user's seat on this committee, if they have one. */
    @Transactional(readOnly = true)
    java.util.Optional<Member> seat(Call call, String username) {
        return committee.members(call.id()).stream()
                .filter(m -> m.username().equals(username))
                .findFirst();
    }

    private Member me(Call call) {
        String username = roles.current().username();
        return seat(call, username).orElseThrow(() -> new AccessDeniedException("not a member of this committee"));
    }

    private List<Score> mine(long callId, long memberId, long applicationId) {
        return committee.scores(callId).stream()
                .filter(s -> s.memberId() == memberId && s.applicationId() == applicationId)
                .toList();
    }

    private CallApplication application(Call call, long applicationId) {
        return applications
                .find(call.id(), applicationId)
                .orElseThrow(() -> Refusal.notFound(Calls.ENTITY + "Application", applicationId));
    }
}
