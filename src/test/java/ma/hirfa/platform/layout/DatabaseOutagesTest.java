package ma.hirfa.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import ma.hirfa.platform.ProblemAnswers;
import ma.hirfa.platform.i18n.HirfaLocaleResolver;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.databind.json.JsonMapper;

/** A database out of reach is a translated 503 with Retry-After; a real bug stays an error. */
class DatabaseOutagesTest {

    private final DatabaseOutages.OutageFilter filter = filter();

    @Test
    void aPageDuringAnOutageIsATranslated503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = run(
                "/registry/artisans",
                new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString())
                .contains("dir=\"rtl\"", "قاعدة البيانات لا تستجيب", "10")
                .doesNotContain("Exception", "Hikari");
    }

    @Test
    void theApiAnswersProblemDetailsInTheCallersLanguage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/artisans");
        request.addHeader("Accept-Language", "fr");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(
                request,
                response,
                failing(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLException("refused", "08001", new ConnectException()))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString())
                .contains(
                        "\"status\":503", "urn:hirfa:problem:service-unavailable", "La base de données ne répond pas");
    }

    @Test
    void aServerShuttingDownCountsAsAnOutage() {
        assertThat(DatabaseOutages.isOutage(new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void aRollbackFailingOnTheDeadConnectionStillCountsAsAnOutage() {
        TransactionSystemException commit =
                new TransactionSystemException("JDBC commit failed", new SQLException("Connection is closed"));
        commit.initApplicationException(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

        assertThat(DatabaseOutages.isOutage(commit)).isTrue();
        assertThat(DatabaseOutages.isOutage(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();
        assertThat(DatabaseOutages.isOutage(
                        new TransactionSystemException("JDBC commit failed", new SQLException("bug", "42000"))))
                .isFalse();
    }

    @Test
    void realBugsAreNotHidden() {
        assertThatThrownBy(() ->
                        run("/x", new BadSqlGrammarException("q", "select nope", new SQLException("no", "42703"))))
                .isInstanceOf(BadSqlGrammarException.class);
        assertThat(DatabaseOutages.isOutage(new DataIntegrityViolationException("duplicate")))
                .isFalse();
        assertThat(DatabaseOutages.isOutage(new IllegalStateException("bug"))).isFalse();
    }

    private MockHttpServletResponse run(String path, RuntimeException failure) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, failing(failure));
        return response;
    }

    private static FilterChain failing(RuntimeException failure) {
        return (request, response) -> {
            throw failure;
        };
    }

    private static DatabaseOutages.OutageFilter filter() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/platform/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DatabaseOutages.OutageFilter(
                messages,
                new ProblemAnswers(messages),
                JsonMapper.builder().build(),
                new HirfaLocaleResolver(),
                Duration.ofSeconds(10));
    }
}
