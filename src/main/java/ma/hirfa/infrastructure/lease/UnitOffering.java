package ma.hirfa.infrastructure.lease;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ma.hirfa.calls.Applicant;
import ma.hirfa.calls.CallOffering;
import ma.hirfa.calls.OfferedItem;
import ma.hirfa.infrastructure.unit.UnitStatus;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.Figures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a call for the units of a complex offers (its vacant units) and the complexes' own eligibility rule: no
 * arrears on another lease of the same holder. No craft-fit rule: a complex records no crafts it is meant for (a
 * rule on a field nobody fills would refuse no one or everyone); the committee's grid scores craft diversity.
 */
@Component
class UnitOffering implements CallOffering {

    static final String KIND = "infrastructure.units";

    private final Units units;
    private final LeaseRepository leases;
    private final MessageSource messages;
    private final Figures figures;
    private final Clock clock;

    UnitOffering(Units units, LeaseRepository leases, MessageSource messages, Figures figures, Clock clock) {
        this.units = units;
        this.leases = leases;
        this.messages = messages;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<OfferedItem> offerable(long complexId) {
        // a thread without a page's language (a demo step, a job) names the units in French
        Locale locale = Set.of("ar", "fr", "zgh")
                        .contains(LocaleContextHolder.getLocale().getLanguage())
                ? LocaleContextHolder.getLocale()
                : Locale.FRENCH;
        return units.ofComplex(complexId).stream()
                .filter(u -> u.status() == UnitStatus.VACANT)
                .map(u -> new OfferedItem(
                        String.valueOf(u.id()),
                        messages.getMessage(
                                "infrastructure.unit.offered",
                                new Object[] {
                                    u.unitNumber(),
                                    messages.getMessage("infrastructure.unit.type." + u.unitType(), null, locale),
                                    figures.number(u.areaM2()),
                                    figures.number(u.monthlyRent())
                                },
                                locale)))
                .toList();
    }

    @Override
    public String ownerName(long complexId, Locale locale) {
        return units.complexName(complexId, locale);
    }

    @Override
    public List<String> refusals(Applicant applicant, long complexId) {
        HolderKind kind = applicant.kind() == Applicant.Kind.ARTISAN ? HolderKind.ARTISAN : HolderKind.ORGANISATION;
        return leases.inArrears(kind, applicant.id(), LocalDate.now(clock)).isEmpty()
                ? List.of()
                : List.of("infrastructure.lease.refusal.arrears");
    }

    @Override
    public Optional<String> afterFinal(long callId, long complexId) {
        return Optional.of("/infrastructure/complexes/" + complexId + "/allocations/" + callId);
    }
}
