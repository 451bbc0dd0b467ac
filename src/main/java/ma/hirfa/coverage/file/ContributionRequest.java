package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** A month's contribution: {@code month} as {@code 2024-01}; {@code recordedOn} empty while the fund has not. */
public record ContributionRequest(YearMonth month, BigDecimal amount, LocalDate paidOn, LocalDate recordedOn) {}
