package ma.hirfa.platform.list;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.Role;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Test
    void aNationalUserSeesEveryRegion() {
        Criteria c = Criteria.scoped(user(Role.MINISTRY, null, null).scope(), "region_code", "artisan_id");

        assertThat(c.where()).isEmpty();
        assertThat(c.args()).isEmpty();
    }

    @Test
    void aRegionalAgentSeesOnlyTheirRegionAndTheRegionIsABoundValue() {
        Criteria c = Criteria.scoped(user(Role.CHAMBER_AGENT, "08", null).scope(), "region_code", "artisan_id");

        assertThat(c.where()).isEqualTo(" where region_code = ?");
        assertThat(c.args()).containsExactly("08");
    }

    @Test
    void anArtisanSeesOnlyTheirOwnFileWhereTheListHasOneAndNothingElsewhere() {
        RegionScope scope = user(Role.ARTISAN, "08", 42L).scope();

        assertThat(Criteria.scoped(scope, "region_code", "artisan_id").where()).isEqualTo(" where artisan_id = ?");
        assertThat(Criteria.scoped(scope, "region_code", "artisan_id").args()).containsExactly(42L);
        assertThat(Criteria.scoped(scope).where()).isEqualTo(" where 1 = 0");
    }

    @Test
    void aRegionalUserWithoutARegionSeesNothing() {
        Criteria c = Criteria.scoped(user(Role.CHAMBER_AGENT, null, null).scope());

        assertThat(c.where()).isEqualTo(" where 1 = 0");
    }

    @Test
    void filtersFollowTheScopeAndBlankValuesMeanAny() {
        Criteria c = Criteria.scoped(RegionScope.region("08"))
                .equal("province_code", "  ")
                .equal("status", RegionScope.Kind.REGION)
                .filter("(name like ? or code = ?)", "%a%", "A");

        assertThat(c.where()).isEqualTo(" where region_code = ? and status = ? and (name like ? or code = ?)");
        assertThat(c.and()).isEqualTo(" and region_code = ? and status = ? and (name like ? or code = ?)");
        assertThat(c.args()).containsExactly("08", "REGION", "%a%", "A");
        assertThat(c.filtered()).isTrue();
    }

    @Test
    void theScopeAloneIsNotASearch() {
        Criteria c = Criteria.scoped(RegionScope.region("08")).equal("status", (Object) null);

        assertThat(c.filtered()).isFalse();
    }

    private static CurrentUser user(Role role, String region, Long artisanId) {
        return new CurrentUser(1, "u", "U", role, region, artisanId);
    }
}
