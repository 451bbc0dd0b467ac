package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.json;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Coverage files a test makes for itself through the coverage API, as an officer of Drâa-Tafilalet would, on a
 * fresh artisan of the register ({@link CoverageApi#freshArtisan()}): the cases the demo used to provide. Needs the
 * staff of {@code PlatformFixtures.staff}. The public methods are for tests outside the module (journeys).
 */
public final class CoverageFixtures {

    private CoverageFixtures() {}

    /** A fresh artisan enrolled under the regime; the id. */
    static long enrolled(CoverageApi officer, String regime, String enrolledOn, String fundNumber) {
        long id = officer.freshArtisan();
        json(officer.enrol(id, regime, enrolledOn, fundNumber), 201);
        return id;
    }

    /**
     * The case the coverage pages exist for: CPU payments made each month from January to July 2024 but recorded
     * by the fund on 5 August, so the claim of 14 May (920.00) it rejected for rights is owed retroactively. The
     * artisan's id.
     */
    static long owedRetroactively(CoverageApi officer, String fundNumber) {
        long id = enrolled(officer, "CPU", "2023-12-20", fundNumber);
        for (int m = 1; m <= 7; m++) {
            YearMonth month = YearMonth.of(2024, m);
            json(
                    officer.contribute(
                            id, month.toString(), "120.00", month.atDay(18).toString(), "2024-08-05"),
                    201);
        }
        claim(officer, id, LocalDate.parse("2024-05-14"), "920.00", "REJECTED", "RIGHTS");
        return id;
    }

    /** A claim filed six days after the care and decided 37 days after it (unless PENDING); the claim's id. */
    static long claim(
            CoverageApi officer, long artisanId, LocalDate care, String amount, String decision, String reason) {
        boolean decided = !"PENDING".equals(decision);
        return json(
                        officer.post(
                                "/api/v1/coverage/artisans/" + artisanId + "/claims",
                                "{\"careDate\":\"" + care + "\",\"filedOn\":\"" + care.plusDays(6)
                                        + "\",\"amountClaimed\":" + amount + ",\"decision\":\"" + decision
                                        + "\",\"decidedOn\":" + (decided ? "\"" + care.plusDays(37) + "\"" : "null")
                                        + ",\"rejectionReason\":" + (reason == null ? "null" : "\"" + reason + "\"")
                                        + "}"),
                        201)
                .get("id")
                .asLong();
    }

    /** {@link #owedRetroactively(CoverageApi, String)} for a test outside the module; the artisan's id. */
    public static long owedRetroactively(int port, String fundNumber) {
        return owedRetroactively(officer(port), fundNumber);
    }

    /** A claim and the artisan who filed it. */
    public record FiledClaim(long artisanId, long claimId) {}

    /**
     * A CPU artisan enrolled in January 2024 who paid February to April on time, with a claim for care on 2 May
     * (210.00) still waiting for the fund's answer: rejecting it for rights makes it owed.
     */
    public static FiledClaim pendingWhileEntitled(int port) {
        CoverageApi officer = officer(port);
        long id = enrolled(officer, "CPU", "2024-01-15", null);
        for (YearMonth month = YearMonth.of(2024, 2);
                month.isBefore(YearMonth.of(2024, 5));
                month = month.plusMonths(1)) {
            LocalDate paid = month.atDay(12);
            json(
                    officer.contribute(
                            id,
                            month.toString(),
                            "135.00",
                            paid.toString(),
                            paid.plusDays(20).toString()),
                    201);
        }
        return new FiledClaim(id, claim(officer, id, LocalDate.parse("2024-05-02"), "210.00", "PENDING", null));
    }

    private static CoverageApi officer(int port) {
        return new CoverageApi(() -> port, "coverage.draa");
    }
}
