package ma.hirfa.platform;

import org.slf4j.MDC;

/**
 * The id of the request being served: taken from a sane incoming {@code X-Request-Id} (a load balancer's) or
 * made by the platform, echoed in the response header, printed in every log line and shown to users as the
 * support code of error pages and problem details, so that support finds the node's log lines from what the
 * user reads out (ADR 0056).
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key the logging pattern prints ({@code %X{requestId}}). */
    public static final String MDC_KEY = "requestId";

    private RequestId() {}

    /** The id of the current request, or {@code null} outside one (a job, a scheduled task). */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
