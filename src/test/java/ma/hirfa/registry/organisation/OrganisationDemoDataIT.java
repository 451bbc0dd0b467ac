package ma.hirfa.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationDemoDataIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoRegisterHasCooperativesAndEnterprisesOfDraaTafilaletInMixedStatuses() {
        List<Map<String, Object>> demo = jdbc.queryForList(
                "select kind, status, region_code from reg_organisation where id in (select cast(entity_id as bigint)"
                        + " from plat_audit_record where entity_type = 'Organisation' and actor = 'demo.agent')");

        assertThat(demo).extracting(r -> r.get("kind")).contains("COOPERATIVE", "ENTERPRISE");
        assertThat(demo).extracting(r -> r.get("status")).contains("DRAFT", "SUBMITTED", "REGISTERED", "RETURNED");
        assertThat(demo).extracting(r -> r.get("region_code")).containsOnly("08");
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_organisation_member m join reg_artisan a on a.id = m.artisan_id"
                                + " where a.status <> 'REGISTERED' and m.organisation_id in (select cast(entity_id"
                                + " as bigint) from plat_audit_record where actor = 'demo.agent'"
                                + " and entity_type = 'Organisation')",
                        Integer.class))
                .isZero();
    }
}
