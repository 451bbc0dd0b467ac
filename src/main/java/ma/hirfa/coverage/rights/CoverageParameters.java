package ma.hirfa.coverage.rights;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parameters of the rules as stored in the database; administrators add a value from a month on. */
@Service
public class CoverageParameters {

    public static final List<String> NAMES = List.of(
            ParameterTimeline.WAITING_MONTHS,
            ParameterTimeline.TOLERATED_ARREARS,
            ParameterTimeline.AMNESTY,
            ParameterTimeline.AMOUNT + Regime.CPU,
            ParameterTimeline.AMOUNT + Regime.ACCOUNTS,
            ParameterTimeline.AMOUNT + Regime.UNTAXED,
            ParameterTimeline.AMOUNT + Regime.AUTO_ENTREPRENEUR);

    private final JdbcClient jdbc;
    private final Acting acting;

    CoverageParameters(JdbcClient jdbc, Acting acting) {
        this.jdbc = jdbc;
        this.acting = acting;
    }

    public record Value(String name, YearMonth effectiveFrom, BigDecimal amount, String changedBy) {}

    @Transactional(readOnly = true)
    public List<Value> all() {
        return jdbc.sql("select * from cov_parameter order by name, effective_from")
                .query((rs, n) -> new Value(
                        rs.getString("name"),
                        YearMonth.parse(rs.getString("effective_from")),
                        rs.getBigDecimal("amount"),
                        rs.getString("changed_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public ParameterTimeline timeline() {
        ParameterTimeline timeline = ParameterTimeline.empty();
        for (Value v : all()) {
            timeline = timeline.with(v.name(), v.effectiveFrom(), v.amount());
        }
        return timeline;
    }

    /** Sets a parameter from a month on (replacing a value set for that same month). */
    @Transactional
    public void set(String name, YearMonth from, BigDecimal amount) {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("parameters");
        }
        if (!NAMES.contains(name) || from == null || amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("invalid parameter");
        }
        String key = name + "@" + from;
        List<BigDecimal> before = jdbc.sql("select amount from cov_parameter where name = ? and effective_from = ?")
                .params(name, from.toString())
                .query(BigDecimal.class)
                .list();
        jdbc.sql("delete from cov_parameter where name = ? and effective_from = ?")
                .params(name, from.toString())
                .update();
        jdbc.sql("insert into cov_parameter (name, effective_from, amount, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        name,
                        from.toString(),
                        amount,
                        user.username(),
                        acting.now().atOffset(ZoneOffset.UTC))
                .update();
        if (before.isEmpty()) {
            acting.audit().created("CoverageParameter", key, null, amount);
        } else {
            acting.audit().updated("CoverageParameter", key, null, before.get(0), amount);
        }
    }
}
