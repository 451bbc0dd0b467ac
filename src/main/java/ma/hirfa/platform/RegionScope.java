package ma.hirfa.platform;

import java.util.Optional;

/**
 * What part of the register a user may see: the whole country, one region, or only the artisan's own
 * file. Queries take {@link #regionCode()} as a predicate; single records are checked with {@link #covers}.
 */
public record RegionScope(Kind kind, String regionCode, Long artisanId) {

    public enum Kind {
        NATIONAL,
        REGION,
        OWN_FILE,
        NOTHING
    }

    public static RegionScope national() {
        return new RegionScope(Kind.NATIONAL, null, null);
    }

    public static RegionScope region(String regionCode) {
        return new RegionScope(Kind.REGION, regionCode, null);
    }

    public static RegionScope ownFile(Long artisanId) {
        return new RegionScope(Kind.OWN_FILE, null, artisanId);
    }

    public static RegionScope nothing() {
        return new RegionScope(Kind.NOTHING, null, null);
    }

    public boolean isNational() {
        return kind == Kind.NATIONAL;
    }

    /** The region every query must be restricted to, empty for national users. */
    public Optional<String> restriction() {
        return kind == Kind.REGION ? Optional.of(regionCode) : Optional.empty();
    }

    public boolean covers(String recordRegion) {
        return switch (kind) {
            case NATIONAL -> true;
            case REGION -> regionCode.equals(recordRegion);
            case OWN_FILE, NOTHING -> false;
        };
    }

    public boolean coversArtisan(long id, String recordRegion) {
        return kind == Kind.OWN_FILE ? artisanId != null && artisanId == id : covers(recordRegion);
    }
}
