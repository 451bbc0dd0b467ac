package ma.hirfa.platform;

/**
 * The signed-in user as other modules see it; {@code displayNameAr}, the name in Arabic letters, may be missing.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        String displayNameAr,
        Role role,
        String regionCode,
        Long artisanId) {

    public CurrentUser(long id, String username, String displayName, Role role, String regionCode, Long artisanId) {
        this(id, username, displayName, null, role, regionCode, artisanId);
    }

    /** The name for a page in {@code language}: in Arabic letters on an Arabic page when known. */
    public String displayName(Language language) {
        return language == Language.AR && displayNameAr != null && !displayNameAr.isBlank()
                ? displayNameAr
                : displayName;
    }

    public RegionScope scope() {
        if (role == Role.ARTISAN) {
            return artisanId == null ? RegionScope.nothing() : RegionScope.ownFile(artisanId);
        }
        if (role.regional()) {
            return regionCode == null ? RegionScope.nothing() : RegionScope.region(regionCode);
        }
        return RegionScope.national();
    }

    /** Whether pages show this user no action: templates test {@code ${me.readOnly()}}, one rule for all. */
    public boolean readOnly() {
        return role.readOnly();
    }

    public boolean hasRole(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }
}
