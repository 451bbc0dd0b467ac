package ma.hirfa.registry.artisan;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives registration numbers {@code RR-PPP-YYYY-NNNNNN}, sequential per province and year. The counter row
 * stays locked by the increment until the approving transaction commits, so concurrent approvals on any
 * node wait for each other instead of sharing a number; a rolled-back approval gives its number back.
 * Public for the organisations of the register, which share the counter of their province.
 */
@Component
public class RegistrationNumbers {

    private final JdbcTemplate jdbc;

    RegistrationNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String regionCode, String provinceCode, int year) {
        jdbc.update(
                "insert into reg_number_sequence (province_code, reg_year, last_value) values (?, ?, 0)"
                        + " on conflict do nothing",
                provinceCode,
                year);
        jdbc.update(
                "update reg_number_sequence set last_value = last_value + 1 where province_code = ? and reg_year = ?",
                provinceCode,
                year);
        long value = jdbc.queryForObject(
                "select last_value from reg_number_sequence where province_code = ? and reg_year = ?",
                Long.class,
                provinceCode,
                year);
        return String.format(Locale.ROOT, "%s-%s-%d-%06d", regionCode, provinceCode, year, value);
    }
}
