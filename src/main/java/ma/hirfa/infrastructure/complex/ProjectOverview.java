package ma.hirfa.infrastructure.complex;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.platform.Language;

/**
 * A construction project of a complex with its computed figures (ADR 0047), as the complex's page and API show
 * it: amounts in MAD, progress in percent, slip in days (positive = late).
 */
public record ProjectOverview(
        long id,
        String titleAr,
        String titleFr,
        String titleZgh,
        BigDecimal totalCost,
        BigDecimal securedFunding,
        BigDecimal spent,
        BigDecimal fundingGap,
        BigDecimal spentRatio,
        int physicalProgress,
        LocalDate plannedEnd,
        LocalDate forecastEnd,
        long slipDays) {

    public String title(Language language) {
        return language.pick(titleAr, titleFr, titleZgh);
    }
}
