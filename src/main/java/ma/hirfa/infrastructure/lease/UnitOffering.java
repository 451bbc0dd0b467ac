package ma.hirfa.infrastructure.lease;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ma.hirfa.calls.Applicant;
import ma.hirfa.calls.CallOffering;
import ma.hirfa.calls.OfferedItem;
import ma.hirfa.infrastructure.complex.Complexes;
import ma.hirfa.infrastructure.unit.UnitStatus;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.Figures;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.registry.organisation.OrganisationSummary;
import ma.hirfa.registry.organisation.RegisteredOrganisations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a call for the units of a complex offers (its vacant units) and the complexes' own eligibility rules: the
 * craft fits (an artisan's craft is one the complex lists, a cooperative's or enterprise's registered crafts include
 * one of them; a complex listing none is open to every craft) and no arrears on another lease of the same holder.
 */
@Component
class UnitOffering implements CallOffering {

    static final String KIND = "infrastructure.units";

    private final Units units;
    private final LeaseRepository leases;
    private final MessageSource messages;
    private final Figures figures;
    private final Clock clock;
    private final Complexes complexes;
    private final RegisteredArtisans artisans;
    private final RegisteredOrganisations organisations;

    UnitOffering(
            Units units,
            LeaseRepository leases,
            MessageSource messages,
            Figures figures,
            Clock clock,
            Complexes complexes,
            RegisteredArtisans artisans,
            RegisteredOrganisations organisations) {
        this.complexes = complexes;
        this.artisans = artisans;
        this.organisations = organisations;
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
        boolean artisan = applicant.kind() == Applicant.Kind.ARTISAN;
        List<String> reasons = new ArrayList<>();
        if (!craftFits(artisan, applicant.id(), complexes.craftsOf(complexId))) {
            reasons.add("infrastructure.call.refusal.craft");
        }
        HolderKind kind = artisan ? HolderKind.ARTISAN : HolderKind.ORGANISATION;
        if (!leases.inArrears(kind, applicant.id(), LocalDate.now(clock)).isEmpty()) {
            reasons.add("infrastructure.lease.refusal.arrears");
        }
        return reasons;
    }

    private boolean craftFits(boolean artisan, long id, List<String> crafts) {
        if (crafts.isEmpty()) {
            return true;
        }
        // the calls module has already found the applicant visible to the caller, so these lookups find it too
        if (artisan) {
            return artisans.profile(id)
                    .map(ArtisanProfile::craftCode)
                    .filter(crafts::contains)
                    .isPresent();
        }
        return organisations
                .find(id)
                .map(OrganisationSummary::craftCodes)
                .filter(own -> own.stream().anyMatch(crafts::contains))
                .isPresent();
    }

    @Override
    public Optional<String> afterFinal(long callId, long complexId) {
        return Optional.of("/infrastructure/complexes/" + complexId + "/allocations/" + callId);
    }
}
