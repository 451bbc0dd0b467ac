package ma.hirfa.reference;

import java.util.Optional;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.RegionNames;
import org.springframework.stereotype.Component;

/** Gives the platform's staff pages the regions' names of the reference data. */
@Component
class ReferenceRegionNames implements RegionNames {

    private final ReferenceData reference;

    ReferenceRegionNames(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public Optional<String> name(String regionCode, Language language) {
        return reference.regions().stream()
                .filter(region -> region.code().equals(regionCode))
                .map(region -> region.names().in(language))
                .findFirst();
    }
}
