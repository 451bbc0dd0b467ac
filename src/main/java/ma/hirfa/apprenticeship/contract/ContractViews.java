package ma.hirfa.apprenticeship.contract;

import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds {@link ContractView}s in the reader's language. */
@Component
class ContractViews {

    private final ContractService service;
    private final ReferenceData reference;
    private final MessageSource messages;

    ContractViews(ContractService service, ReferenceData reference, MessageSource messages) {
        this.service = service;
        this.reference = reference;
        this.messages = messages;
    }

    ContractView full(Contract c, Locale locale) {
        List<LogbookEntry> entries = service.entries(c.id());
        List<String> alerts = service.alerts(c).stream()
                .map(a -> messages.getMessage(
                        a.key(),
                        new Object[] {String.valueOf(a.periodStart()), String.valueOf(a.attendance())},
                        locale))
                .toList();
        return of(c, entries.stream().map(ContractView.Entry::of).toList(), alerts, locale);
    }

    ContractView brief(Contract c, Locale locale) {
        return of(c, List.of(), List.of(), locale);
    }

    private ContractView of(Contract c, List<ContractView.Entry> entries, List<String> alerts, Locale locale) {
        String master =
                service.masterSummary(c).map(ArtisanSummary::displayName).orElse(null);
        return new ContractView(
                c.id(),
                c.regionCode(),
                c.apprenticeName(),
                c.apprenticeNationalId(),
                c.apprenticeBirthDate(),
                c.apprenticeAgeAtStart(),
                c.apprenticeArtisanId(),
                c.masterId(),
                master,
                c.workshopName(),
                c.centreName(),
                c.craftCode(),
                reference.craftName(c.craftCode(), Language.of(locale)),
                c.trainingLevel(),
                c.startsOn(),
                c.endsOn(),
                c.workshopShare(),
                c.centreShare(),
                c.status(),
                c.finalResult(),
                c.finalScore(),
                c.finalNote(),
                c.assessedOn(),
                c.abandonReason(),
                c.certificateRef(),
                entries,
                alerts);
    }
}
