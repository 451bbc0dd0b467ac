package ma.hirfa.coverage.rights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Payments as the worked examples write them. */
final class RightsFixtures {

    static final LocalDate ENROLLED = LocalDate.of(2023, 12, 15);

    private RightsFixtures() {}

    /** Each month from {@code from} to {@code to}, paid and recorded on the 10th of that month. */
    static List<Payment> paidOnTime(String from, String to) {
        List<Payment> payments = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
            payments.add(new Payment(m, m.atDay(10), m.atDay(10)));
        }
        return payments;
    }

    static Payment payment(String month, String paidOn, String recordedOn) {
        return new Payment(
                YearMonth.parse(month),
                LocalDate.parse(paidOn),
                recordedOn == null ? null : LocalDate.parse(recordedOn));
    }

    static Rights entitled(String month, String asOf, List<Payment> payments) {
        return RightsRule.status(
                YearMonth.parse(month),
                LocalDate.parse(asOf),
                RightsBasis.ENTITLED,
                ENROLLED,
                payments,
                ParameterTimeline.defaults());
    }

    static Rights fund(String month, String asOf, List<Payment> payments) {
        return RightsRule.status(
                YearMonth.parse(month),
                LocalDate.parse(asOf),
                RightsBasis.FUND,
                ENROLLED,
                payments,
                ParameterTimeline.defaults());
    }
}
