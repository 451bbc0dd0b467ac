package ma.hirfa.reference;

import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.craft.CraftCatalogue;
import ma.hirfa.reference.geography.Geography;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of reference data. Always read from the database (no cache), so a new
 * nomenclature uploaded on one node is seen by every node at once.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final Geography geography;
    private final CraftCatalogue crafts;

    ReferenceData(Geography geography, CraftCatalogue crafts) {
        this.geography = geography;
        this.crafts = crafts;
    }

    public List<Region> regions() {
        return geography.regions();
    }

    public List<Province> provinces(String regionCode) {
        return geography.provinces(regionCode);
    }

    public Optional<Province> province(String code) {
        return geography.province(code);
    }

    public List<Commune> communes(String provinceCode) {
        return geography.communes(provinceCode);
    }

    public Optional<Commune> commune(String code) {
        return geography.commune(code);
    }

    /** The name of a province in the reader's language; null for a missing or unknown code. */
    public String provinceName(String code, Language language) {
        return code == null
                ? null
                : province(code).map(p -> p.names().in(language)).orElse(null);
    }

    /** The name of a commune in the reader's language; null for a missing or unknown code. */
    public String communeName(String code, Language language) {
        return code == null
                ? null
                : commune(code).map(c -> c.names().in(language)).orElse(null);
    }

    /** The name of a craft of the active nomenclature; the code itself when it is no longer in it. */
    public String craftName(String code, Language language) {
        return code == null
                ? null
                : craft(code).map(c -> c.names().in(language)).orElse(code);
    }

    /** Crafts of the active nomenclature. */
    public List<Craft> crafts() {
        return crafts.active();
    }

    public Optional<Craft> craft(String code) {
        return crafts.activeCraft(code);
    }
}
