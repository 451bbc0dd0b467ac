package ma.hirfa.platform;

/** The signed-in user as other modules see it. */
public record CurrentUser(long id, String username, String displayName, Role role, String regionCode, Long artisanId) {

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
