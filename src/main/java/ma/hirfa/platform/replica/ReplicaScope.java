package ma.hirfa.platform.replica;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Whether the running thread is inside a {@code @ReadOnlyLag} call, and what the request was served from: the
 * lag of the replica that gave a connection is kept on the request, for the page to show.
 */
final class ReplicaScope {

    static final String LAG_ATTRIBUTE = "ma.hirfa.platform.replica.lagSeconds";

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private ReplicaScope() {}

    static void enter() {
        DEPTH.set(DEPTH.get() + 1);
    }

    static void leave() {
        int depth = DEPTH.get() - 1;
        if (depth <= 0) {
            DEPTH.remove();
        } else {
            DEPTH.set(depth);
        }
    }

    static boolean active() {
        return DEPTH.get() > 0;
    }

    /** Records that the request read from the replica, lagging this much (the largest lag seen wins). */
    static void servedWith(long lagSeconds) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        Object seen = request.getAttribute(LAG_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (!(seen instanceof Long before) || before < lagSeconds) {
            request.setAttribute(LAG_ATTRIBUTE, lagSeconds, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
