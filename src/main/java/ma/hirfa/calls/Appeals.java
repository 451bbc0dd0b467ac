package ma.hirfa.calls;

import java.util.List;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals against published results: lodged by the applicant (or staff for them) within the window, decided by
 * a manager (upheld with a new score out of 100, or rejected), always with a reason and in the audit trail.
 */
@Service
class Appeals {

    private final Calls calls;
    private final Results results;
    private final CallApplicationRepository applications;
    private final AppealRepository appeals;
    private final CallRoles roles;
    private final Acting acting;

    Appeals(
            Calls calls,
            Results results,
            CallApplicationRepository applications,
            AppealRepository appeals,
            CallRoles roles,
            Acting acting) {
        this.calls = calls;
        this.results = results;
        this.applications = applications;
        this.appeals = appeals;
        this.roles = roles;
        this.acting = acting;
    }

    @Transactional
    long lodge(long callId, long applicationId, AppealForms.Lodge form) {
        Call call = calls.get(callId);
        CallApplication application = applications
                .find(callId, applicationId)
                .orElseThrow(() -> Refusal.notFound(Calls.ENTITY + "Application", applicationId));
        CurrentUser user = roles.staffOrApplicant(application);
        if (call.status() != CallStatus.PUBLISHED || calls.today().isAfter(call.appealsUntil())) {
            throw Refusal.conflict("calls.appeal.windowOver");
        }
        if (appeals.ofCall(callId).stream().anyMatch(a -> a.applicationId() == applicationId && a.pending())) {
            throw Refusal.conflict("calls.appeal.pending");
        }
        Appeal appeal = new Appeal(
                0,
                callId,
                applicationId,
                form.grounds().strip(),
                user.username(),
                acting.nowWithOffset(),
                null,
                null,
                null,
                null,
                null);
        long id = appeals.insert(appeal);
        acting.audit().created(Calls.ENTITY + "Appeal", id, call.regionCode(), appeal);
        return id;
    }

    @Transactional
    void decide(long callId, long appealId, AppealForms.Decide form) {
        CurrentUser user = roles.manager();
        Call call = calls.get(callId);
        Appeal appeal =
                appeals.find(callId, appealId).orElseThrow(() -> Refusal.notFound(Calls.ENTITY + "Appeal", appealId));
        if (!appeal.pending()) {
            throw Refusal.conflict("calls.appeal.decided");
        }
        if (form.outcome() == Appeal.Outcome.UPHELD && form.revisedScore() == null) {
            throw Refusal.invalid().field("revisedScore", "calls.appeal.scoreRequired");
        }
        var score = form.outcome() == Appeal.Outcome.UPHELD ? form.revisedScore() : null;
        if (!appeals.decide(
                appeal, form.outcome(), score, form.reason().strip(), user.username(), acting.nowWithOffset())) {
            throw Refusal.conflict("calls.appeal.decided");
        }
        if (score != null) {
            applications.revise(appeal.applicationId(), score);
        }
        acting.audit()
                .updated(
                        Calls.ENTITY + "Appeal",
                        appealId,
                        call.regionCode(),
                        appeal,
                        appeals.find(callId, appealId).orElseThrow());
        results.finaliseIfDue(callId);
    }

    @Transactional(readOnly = true)
    List<Appeal> ofCall(long callId) {
        return appeals.ofCall(calls.get(callId).id());
    }
}
