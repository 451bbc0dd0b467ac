package ma.hirfa.calls;

import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who does what: chamber staff draft calls and apply on an applicant's behalf; managers publish results,
 * decide appeals and declare the ranking final; artisans apply and appeal for themselves; the ministry reads.
 */
@Component
class CallRoles {

    private final CurrentUsers users;

    CallRoles(CurrentUsers users) {
        this.users = users;
    }

    CurrentUser current() {
        return users.current();
    }

    CurrentUser staff() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT)) {
            throw new AccessDeniedException("calls are run by the chamber");
        }
        return user;
    }

    CurrentUser manager() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER)) {
            throw new AccessDeniedException("results and appeals are decided by a manager");
        }
        return user;
    }

    CurrentUser artisan() {
        CurrentUser user = users.current();
        if (user.role() != Role.ARTISAN || user.artisanId() == null) {
            throw new AccessDeniedException("an artisan applies from their own account");
        }
        return user;
    }

    /** Staff, or the artisan acting for their own application. */
    CurrentUser staffOrApplicant(CallApplication application) {
        CurrentUser user = users.current();
        if (user.role() == Role.ARTISAN
                && application.applicant().kind() == Applicant.Kind.ARTISAN
                && user.artisanId() != null
                && user.artisanId() == application.applicant().id()) {
            return user;
        }
        return staff();
    }
}
