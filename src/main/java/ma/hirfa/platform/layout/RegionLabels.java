package ma.hirfa.platform.layout;

import java.util.List;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.RegionNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A region's name in the page's language for templates: {@code ${@regions.name(code)}}; the code when unknown. */
@Component("regions")
class RegionLabels {

    private final List<RegionNames> names;

    RegionLabels(List<RegionNames> names) {
        this.names = names;
    }

    public String name(String regionCode) {
        if (regionCode == null) {
            return null;
        }
        Language language = Language.of(LocaleContextHolder.getLocale());
        return names.stream()
                .flatMap(n -> n.name(regionCode, language).stream())
                .findFirst()
                .orElse(regionCode);
    }
}
