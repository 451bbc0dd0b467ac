package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionScopeTest {

    @Test
    void regionalRolesSeeOnlyTheirRegion() {
        RegionScope scope = user(Role.CHAMBER_AGENT, "08", null).scope();

        assertThat(scope.covers("08")).isTrue();
        assertThat(scope.covers("03")).isFalse();
        assertThat(scope.restriction()).contains("08");
    }

    @Test
    void nationalRolesSeeEveryRegionWithoutRestriction() {
        for (Role role : new Role[] {Role.ADMIN, Role.MINISTRY}) {
            RegionScope scope = user(role, null, null).scope();
            assertThat(scope.covers("08")).isTrue();
            assertThat(scope.covers("03")).isTrue();
            assertThat(scope.restriction()).isEmpty();
        }
    }

    @Test
    void aRegionalAccountWithoutRegionSeesNothing() {
        RegionScope scope = user(Role.FIELD_AGENT, null, null).scope();

        assertThat(scope.covers("08")).isFalse();
        assertThat(scope.kind()).isEqualTo(RegionScope.Kind.NOTHING);
    }

    @Test
    void anArtisanSeesOnlyTheirOwnFile() {
        RegionScope scope = user(Role.ARTISAN, null, 42L).scope();

        assertThat(scope.coversArtisan(42, "08")).isTrue();
        assertThat(scope.coversArtisan(43, "08")).isFalse();
        assertThat(scope.covers("08")).isFalse();
    }

    private static CurrentUser user(Role role, String region, Long artisanId) {
        return new CurrentUser(1, "someone", "Someone", role, region, artisanId);
    }
}
