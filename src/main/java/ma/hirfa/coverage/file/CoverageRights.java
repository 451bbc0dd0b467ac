package ma.hirfa.coverage.file;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.coverage.rights.CoverageParameters;
import ma.hirfa.coverage.rights.ParameterTimeline;
import ma.hirfa.coverage.rights.Payment;
import ma.hirfa.coverage.rights.Rights;
import ma.hirfa.coverage.rights.RightsBasis;
import ma.hirfa.coverage.rights.RightsRule;
import ma.hirfa.registry.artisan.ArtisanProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An artisan's rights for a month, or month by month in both views, as the rule computes them. */
@Service
public class CoverageRights {

    /** The longest span the month-by-month page shows. */
    static final int MAX_MONTHS = 60;

    private final CoverageEnrolmentRepository enrolmentRepository;
    private final ContributionRepository contributionRepository;
    private final CoverageAccess access;
    private final CoverageParameters parameters;

    CoverageRights(
            CoverageEnrolmentRepository enrolmentRepository,
            ContributionRepository contributionRepository,
            CoverageAccess access,
            CoverageParameters parameters) {
        this.enrolmentRepository = enrolmentRepository;
        this.contributionRepository = contributionRepository;
        this.access = access;
        this.parameters = parameters;
    }

    public record MonthRights(YearMonth month, Rights entitled, Rights fund, Contribution contribution) {}

    @Transactional
    public Rights rights(long artisanId, YearMonth month, LocalDate asOf, RightsBasis basis) {
        ArtisanProfile artisan = access.artisan(artisanId);
        access.read(artisanId, artisan.regionCode(), "rights " + month);
        LocalDate enrolledOn = enrolmentRepository
                .enrolment(artisanId)
                .map(Enrolment::enrolledOn)
                .orElse(null);
        List<Payment> payments = contributionRepository.contributions(artisanId).stream()
                .map(Contribution::payment)
                .toList();
        return RightsRule.status(month, asOf, basis, enrolledOn, payments, parameters.timeline());
    }

    /** Both views for every month from {@code from} to {@code to}, each judged on the given date. */
    @Transactional
    public List<MonthRights> months(long artisanId, YearMonth from, YearMonth to, LocalDate asOf) {
        ArtisanProfile artisan = access.artisan(artisanId);
        access.read(artisanId, artisan.regionCode(), "rights " + from + ".." + to);
        Optional<Enrolment> enrolment = enrolmentRepository.enrolment(artisanId);
        LocalDate enrolledOn = enrolment.map(Enrolment::enrolledOn).orElse(null);
        List<Contribution> contributions = contributionRepository.contributions(artisanId);
        List<Payment> payments =
                contributions.stream().map(Contribution::payment).toList();
        ParameterTimeline timeline = parameters.timeline();
        List<MonthRights> months = new ArrayList<>();
        YearMonth start = to.minusMonths(MAX_MONTHS - 1L).isAfter(from) ? to.minusMonths(MAX_MONTHS - 1L) : from;
        for (YearMonth m = to; !m.isBefore(start); m = m.minusMonths(1)) {
            YearMonth month = m;
            months.add(new MonthRights(
                    m,
                    RightsRule.status(m, asOf, RightsBasis.ENTITLED, enrolledOn, payments, timeline),
                    RightsRule.status(m, asOf, RightsBasis.FUND, enrolledOn, payments, timeline),
                    contributions.stream()
                            .filter(c -> c.month().equals(month))
                            .findFirst()
                            .orElse(null)));
        }
        return months;
    }
}
