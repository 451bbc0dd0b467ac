package ma.hirfa.coverage.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hirfa.coverage.file.ClaimFile;
import ma.hirfa.coverage.file.ClaimRepository;
import ma.hirfa.coverage.file.Contribution;
import ma.hirfa.coverage.file.ContributionRepository;
import ma.hirfa.coverage.file.CoverageAccess;
import ma.hirfa.coverage.file.CoverageEnrolmentRepository;
import ma.hirfa.coverage.file.CoverageFiles;
import ma.hirfa.coverage.file.Enrolment;
import ma.hirfa.coverage.retroactive.OwedClaim;
import ma.hirfa.coverage.retroactive.OwedClaims;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.CoverageParameters;
import ma.hirfa.coverage.rights.ParameterTimeline;
import ma.hirfa.coverage.rights.Payment;
import ma.hirfa.coverage.rights.RightsBasis;
import ma.hirfa.coverage.rights.RightsRule;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.report.Chart;
import ma.hirfa.platform.report.Count;
import ma.hirfa.platform.report.Series;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.registry.artisan.RegisteredCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of the coverage dashboard: registered (from the register's API), enrolled and with open rights by
 * province and craft; arrears; claims pending, rejected and owed.
 */
@Service
class CoverageDashboard {

    static final List<String> ARREARS = List.of("0", "1-2", "3-5", "6-11", "12+");

    private final RegisteredArtisans artisans;
    private final CoverageEnrolmentRepository enrolmentRepository;
    private final ContributionRepository contributionRepository;
    private final ClaimRepository claimRepository;
    private final CoverageAccess access;
    private final CoverageFiles files;
    private final CoverageParameters parameters;
    private final OwedClaims owed;
    private final ReferenceData reference;

    CoverageDashboard(
            RegisteredArtisans artisans,
            CoverageEnrolmentRepository enrolmentRepository,
            ContributionRepository contributionRepository,
            ClaimRepository claimRepository,
            CoverageAccess access,
            CoverageFiles files,
            CoverageParameters parameters,
            OwedClaims owed,
            ReferenceData reference) {
        this.artisans = artisans;
        this.enrolmentRepository = enrolmentRepository;
        this.contributionRepository = contributionRepository;
        this.claimRepository = claimRepository;
        this.access = access;
        this.files = files;
        this.parameters = parameters;
        this.owed = owed;
        this.reference = reference;
    }

    record Claims(
            long pending,
            BigDecimal pendingAmount,
            long rejected,
            BigDecimal rejectedAmount,
            long owed,
            BigDecimal owedAmount) {}

    /** The charts by province and craft, the number of enrolled artisans per arrears bucket, the claims. */
    record Figures(Chart provinces, Chart crafts, long[] arrears, Claims claims) {}

    @Transactional
    Figures figures(Language language) {
        String region = access.region();
        access.read("dashboard", region, "coverage dashboard");
        LocalDate today = files.today();
        YearMonth month = YearMonth.from(today);
        ParameterTimeline timeline = parameters.timeline();
        List<RegisteredCount> registered = artisans.registeredCounts();
        List<Enrolment> enrolments = enrolmentRepository.enrolments(region);
        Map<Long, List<Payment>> payments = contributionRepository.contributionsOf(region).stream()
                .collect(Collectors.groupingBy(
                        Contribution::artisanId, Collectors.mapping(Contribution::payment, Collectors.toList())));
        Map<String, long[]> byProvince = new TreeMap<>();
        Map<String, long[]> byCraft = new TreeMap<>();
        for (RegisteredCount c : registered) {
            byProvince.computeIfAbsent(c.provinceCode(), k -> new long[3])[0] += c.count();
            byCraft.computeIfAbsent(String.valueOf(c.craftCode()), k -> new long[3])[0] += c.count();
        }
        long[] arrears = new long[ARREARS.size()];
        for (Enrolment e : enrolments) {
            List<Payment> paid = payments.getOrDefault(e.artisanId(), List.of());
            boolean open = RightsRule.status(month, today, RightsBasis.ENTITLED, e.enrolledOn(), paid, timeline)
                    .open();
            for (Map<String, long[]> m : List.of(byProvince, byCraft)) {
                long[] counts = m.computeIfAbsent(
                        m == byProvince ? e.provinceCode() : String.valueOf(e.craftCode()), k -> new long[3]);
                counts[1]++;
                counts[2] += open ? 1 : 0;
            }
            arrears[bucket(unpaidMonths(e, paid, month))]++;
        }
        Chart provinces =
                chart("coverage.dashboard.byProvince", byProvince, code -> reference.provinceName(code, language));
        Map<String, long[]> biggestCrafts = new LinkedHashMap<>();
        byCraft.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
                        .reversed())
                .limit(12)
                .forEach(e -> biggestCrafts.put(e.getKey(), e.getValue()));
        Chart crafts = chart(
                "coverage.dashboard.byCraft",
                biggestCrafts,
                code -> "null".equals(code) ? "—" : reference.craftName(code, language));
        return new Figures(provinces, crafts, arrears, claims(region));
    }

    /** Registered, enrolled and with open rights, one category per province or craft. */
    private static Chart chart(String captionKey, Map<String, long[]> counts, Function<String, String> name) {
        List<Series> series = new ArrayList<>();
        List<String> keys =
                List.of("coverage.dashboard.registered", "coverage.dashboard.enrolled", "coverage.dashboard.open");
        for (int i = 0; i < keys.size(); i++) {
            int column = i;
            series.add(new Series(
                    keys.get(i),
                    counts.entrySet().stream()
                            .map(e -> Count.named(name.apply(e.getKey()), e.getValue()[column]))
                            .toList()));
        }
        return new Chart(captionKey, "coverage.dashboard.name", series);
    }

    private Claims claims(String region) {
        List<ClaimFile> all = claimRepository.claimsOf(region);
        List<ClaimFile> pending =
                all.stream().filter(c -> c.decision() == ClaimDecision.PENDING).toList();
        List<ClaimFile> rejected =
                all.stream().filter(c -> c.decision() == ClaimDecision.REJECTED).toList();
        List<OwedClaim> owedClaims = owed.owed(null);
        return new Claims(
                pending.size(),
                sum(pending),
                rejected.size(),
                sum(rejected),
                owedClaims.size(),
                OwedClaims.total(owedClaims));
    }

    private static BigDecimal sum(List<ClaimFile> claims) {
        return claims.stream()
                .map(ClaimFile::amountClaimed)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    /** Unpaid months from the enrolment month (or the first paid month, if earlier) to last month. */
    static int unpaidMonths(Enrolment e, List<Payment> paid, YearMonth month) {
        java.util.Set<YearMonth> months = paid.stream().map(Payment::month).collect(Collectors.toSet());
        YearMonth from = YearMonth.from(e.enrolledOn());
        int unpaid = 0;
        for (YearMonth m = from; m.isBefore(month); m = m.plusMonths(1)) {
            if (!months.contains(m)) {
                unpaid++;
            }
        }
        return unpaid;
    }

    static int bucket(int unpaid) {
        if (unpaid == 0) {
            return 0;
        }
        if (unpaid <= 2) {
            return 1;
        }
        if (unpaid <= 5) {
            return 2;
        }
        return unpaid <= 11 ? 3 : 4;
    }
}
