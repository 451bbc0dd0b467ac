package ma.hirfa.platform.layout;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.ProblemAnswers;
import ma.hirfa.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database does not answer (restarted, failed over, its connections all taken longer than
 * {@code spring.datasource.hikari.connection-timeout}), a request is answered 503 with {@code Retry-After} in its
 * language (problem details on the API, a small page elsewhere), never a 500 page or a stack trace (ADR 0055).
 * It runs before every other filter, since the session, the rate limits and the security context are read from the
 * database before any controller; the page it writes needs nothing from the database. Only failures to reach the
 * database are answered so: a query that is wrong, a constraint broken, any other error stays a 500.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutages {

    static final String PAGE_TITLE = "platform.outage.title";
    static final String PAGE_TEXT = "platform.outage.text";
    static final String RETRY = "platform.outage.retry";
    static final String API = "platform.outage.api";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutages.class);

    @Bean
    FilterRegistrationBean<OutageFilter> databaseOutageFilter(
            MessageSource messages,
            ProblemAnswers answers,
            JsonMapper json,
            LocaleResolver locales,
            @Value("${hirfa.database.retry-after:PT10S}") Duration retryAfter) {
        FilterRegistrationBean<OutageFilter> registration =
                new FilterRegistrationBean<>(new OutageFilter(messages, answers, json, locales, retryAfter));
        // Before Spring Session's filter (HIGHEST_PRECEDENCE + 50), which reads the session from the database.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * True when {@code error}, one of its causes, or the failure a rollback hid (a rollback on a dead connection
     * fails too, and Spring then throws that instead) says the database could not be reached.
     */
    static boolean isOutage(Throwable error) {
        return isOutage(error, 0);
    }

    private static boolean isOutage(Throwable error, int depth) {
        for (Throwable t = error; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // PostgreSQL: 08 connection exceptions; 57P01-57P03 shutdown, crash, cannot connect now.
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof TransactionSystemException failed
                    && (rolledBackOnADeadConnection(failed)
                            || (failed.getApplicationException() != null
                                    && isOutage(failed.getApplicationException(), depth + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rollback fails for one reason only, its connection is gone (data never makes a rollback fail); Spring then
     * throws that failure, with Hikari's "Connection is closed" and no SQLSTATE, instead of the query's.
     */
    private static boolean rolledBackOnADeadConnection(TransactionSystemException failed) {
        return failed.getMessage() != null && failed.getMessage().startsWith("JDBC rollback");
    }

    static final class OutageFilter extends OncePerRequestFilter {

        private final MessageSource messages;
        private final ProblemAnswers answers;
        private final JsonMapper json;
        private final LocaleResolver locales;
        private final long seconds;

        OutageFilter(
                MessageSource messages,
                ProblemAnswers answers,
                JsonMapper json,
                LocaleResolver locales,
                Duration retryAfter) {
            this.messages = messages;
            this.answers = answers;
            this.json = json;
            this.locales = locales;
            this.seconds = Math.max(1, retryAfter.toSeconds());
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException error) {
                if (!isOutage(error) || response.isCommitted()) {
                    throw error;
                }
                LOG.warn(
                        "Database unavailable, {} {} answered 503: {}",
                        request.getMethod(),
                        request.getRequestURI(),
                        rootMessage(error));
                answer(request, response);
            }
        }

        private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale locale = locales.resolveLocale(request);
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                answers.write(
                        Refusal.of(Refusal.Kind.SERVICE_UNAVAILABLE, API, Long.toString(seconds)),
                        locale,
                        response,
                        json);
                return;
            }
            Language language = Language.of(locale);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/html;charset=UTF-8");
            PrintWriter page = response.getWriter();
            page.write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\""
                    + (language.rightToLeft() ? "rtl" : "ltr") + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<meta name=\"robots\" content=\"noindex\"><title>" + text(PAGE_TITLE, locale)
                    + "</title></head><body><main id=\"main\"><h1>" + text(PAGE_TITLE, locale)
                    + "</h1><p id=\"outage\">"
                    + HtmlUtils.htmlEscape(
                            messages.getMessage(PAGE_TEXT, new Object[] {Long.toString(seconds)}, locale))
                    + "</p><p><a href=\"" + HtmlUtils.htmlEscape(request.getContextPath() + "/") + "\">"
                    + text(RETRY, locale) + "</a></p></main></body></html>\n");
            page.flush();
        }

        private String text(String key, Locale locale) {
            return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
        }

        private static String rootMessage(Throwable error) {
            Throwable root = error;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }
}
