package ma.hirfa.coverage.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.coverage.file.ClaimRequest;
import ma.hirfa.coverage.file.ContributionRequest;
import ma.hirfa.coverage.file.ContributionSource;
import ma.hirfa.coverage.file.CoverageFiles;
import ma.hirfa.coverage.file.EnrolmentRequest;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.Regime;
import ma.hirfa.coverage.rights.RejectionReason;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.DemoWriter;
import ma.hirfa.platform.Role;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Component;

/**
 * Demo coverage files for a few registered artisans of Drâa-Tafilalet, written once through the real services
 * (rules, audit): regular payers with open rights, one in arrears, one still waiting, and one CPU artisan whose
 * payments the fund recorded late, so that a claim it rejected for rights is owed retroactively.
 */
@Component
class CoverageDemoData implements DemoStep {

    private static final String REGION = "08";

    private final CoverageFiles files;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;
    private final DemoWriter demo;

    CoverageDemoData(CoverageFiles files, RegisteredArtisans artisans, ReferenceData reference, DemoWriter demo) {
        this.files = files;
        this.artisans = artisans;
        this.reference = reference;
        this.demo = demo;
    }

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public void seed() {
        if (demo.holdsRows("cov_enrolment")) {
            return;
        }
        demo.as("demo.coverage", Role.COVERAGE_OFFICER, REGION, () -> {
            List<Long> ids = new ArrayList<>();
            for (Province p : reference.provinces(REGION)) {
                artisans.registeredIn(p.code()).stream()
                        .limit(2)
                        .map(ArtisanSummary::id)
                        .forEach(ids::add);
            }
            for (int i = 0; i < ids.size() && i < 8; i++) {
                long id = ids.get(i);
                int scenario = i;
                demo.inTransaction(() -> play(id, scenario));
            }
        });
    }

    private void play(long id, int scenario) {
        switch (scenario) {
            case 0 -> owedRetroactively(id);
            case 1 -> {
                regular(id, Regime.UNTAXED, "2023-01-10", "2023-01", 22);
                claim(id, "2024-03-12", ClaimDecision.REIMBURSED, null, "380.00", "300.00");
            }
            case 2 -> {
                regular(id, Regime.UNTAXED, "2023-06-02", "2023-06", 8);
                claim(id, "2024-06-03", ClaimDecision.REJECTED, RejectionReason.RIGHTS, "640.00", null);
            }
            case 3 -> {
                regular(id, Regime.CPU, "2024-01-15", "2024-02", 3);
                claim(id, "2024-05-02", ClaimDecision.PENDING, null, "210.00", null);
            }
            case 4 -> {
                regular(id, Regime.UNTAXED, "2022-03-01", "2022-03", 30);
                claim(id, "2024-07-22", ClaimDecision.REJECTED, RejectionReason.DOCUMENTS, "150.00", null);
            }
            default -> regular(id, Regime.UNTAXED, "2023-09-01", "2023-09", scenario * 3);
        }
    }

    /** CPU payments made each month of 2024 but recorded by the fund in August: the May claim was refused. */
    private void owedRetroactively(long id) {
        files.enrol(id, new EnrolmentRequest(Regime.CPU, LocalDate.parse("2023-12-20"), "CPU-08-DEMO-1", null, null));
        for (int m = 1; m <= 7; m++) {
            YearMonth month = YearMonth.of(2024, m);
            files.contribute(
                    id,
                    new ContributionRequest(
                            month, new BigDecimal("120.00"), month.atDay(18), LocalDate.parse("2024-08-05")),
                    ContributionSource.DEMO);
        }
        claim(id, "2024-05-14", ClaimDecision.REJECTED, RejectionReason.RIGHTS, "920.00", null);
    }

    private void regular(long id, Regime regime, String enrolledOn, String firstMonth, int months) {
        files.enrol(id, new EnrolmentRequest(regime, LocalDate.parse(enrolledOn), null, null, null));
        YearMonth month = YearMonth.parse(firstMonth);
        for (int i = 0; i < months; i++, month = month.plusMonths(1)) {
            LocalDate paid = month.atDay(12);
            files.contribute(
                    id,
                    new ContributionRequest(month, new BigDecimal("135.00"), paid, paid.plusDays(20)),
                    ContributionSource.DEMO);
        }
    }

    private void claim(
            long id, String care, ClaimDecision decision, RejectionReason reason, String amount, String reimbursed) {
        LocalDate careDate = LocalDate.parse(care);
        files.fileClaim(
                id,
                new ClaimRequest(
                        careDate,
                        careDate.plusDays(6),
                        new BigDecimal(amount),
                        decision,
                        decision == ClaimDecision.PENDING ? null : careDate.plusDays(37),
                        reason,
                        reimbursed == null ? null : new BigDecimal(reimbursed),
                        null));
    }
}
