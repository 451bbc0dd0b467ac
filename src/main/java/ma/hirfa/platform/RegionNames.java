package ma.hirfa.platform;

import java.util.Optional;

/**
 * The name of a region in a language, answered by the module that holds the reference data (platform depends on
 * no module), so staff pages show "درعة تافيلالت" or "Drâa-Tafilalet" instead of the code {@code 08}.
 */
public interface RegionNames {

    Optional<String> name(String regionCode, Language language);
}
