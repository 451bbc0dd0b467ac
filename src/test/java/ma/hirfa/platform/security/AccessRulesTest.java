package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ma.hirfa.platform.Role;
import ma.hirfa.support.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;

/** The access matrix's rules on their own: each refuses what issue 13 says, and lets the rest through. */
class AccessRulesTest {

    private static final RegionData DRAA = new RegionData(
            "08", Map.of("artisan", 11L, "claim", 12L, "session", 13L), List.of("Draamark"), List.of("Draahealth"));
    private static final RegionData FES = new RegionData(
            "03", Map.of("artisan", 21L, "claim", 22L, "session", 23L), List.of("Fesmark"), List.of("Feshealth"));

    @Test
    void regionalStaffReachOnlyTheirRegionAndHealthDataOnlyItsCoverageOfficer() {
        MatrixRow fesSession = row("GET", "/api/v1/training/sessions/{id}", FES);
        MatrixRow draaClaim = row("GET", "/api/v1/coverage/artisans/{id}/claims/{claimId}", DRAA);

        assertThat(fesSession.url()).isEqualTo("/api/v1/training/sessions/23");
        assertThat(AccessRules.mayReach(caller(Role.CHAMBER_AGENT, "08"), fesSession))
                .isFalse();
        assertThat(AccessRules.mayReach(caller(Role.CHAMBER_AGENT, "03"), fesSession))
                .isTrue();
        assertThat(AccessRules.mayReach(caller(Role.CHAMBER_MANAGER, "08"), draaClaim))
                .isFalse();
        assertThat(AccessRules.mayReach(caller(Role.MINISTRY, null), draaClaim)).isFalse();
        assertThat(AccessRules.mayReach(caller(Role.COVERAGE_OFFICER, "03"), draaClaim))
                .isFalse();
        assertThat(AccessRules.mayReach(caller(Role.COVERAGE_OFFICER, "08"), draaClaim))
                .isTrue();
        assertThat(AccessRules.mayReach(caller(Role.ADMIN, null), draaClaim)).isTrue();
    }

    @Test
    void artisansMinistryAndVisitorsAreRefusedWhatTheyMayNotDo() {
        MatrixRow artisanFile = row("GET", "/api/v1/registry/artisans/{id}", DRAA);
        MatrixRow create = row("POST", "/api/v1/registry/artisans", DRAA);

        assertThat(AccessRules.mayReach(caller(Role.ARTISAN, "08"), artisanFile))
                .isFalse();
        assertThat(AccessRules.mayReach(caller(Role.MINISTRY, null), create)).isFalse();
        assertThat(AccessRules.mayReach(caller(Role.MINISTRY, null), artisanFile))
                .isTrue();
        assertThat(AccessRules.mayReach(caller(null, null), artisanFile)).isFalse();
        assertThat(AccessRules.mayReach(caller(null, null), row("GET", "/api/v1/reference/crafts", DRAA)))
                .isTrue();
    }

    @Test
    void aVariableOfAKindTheMatrixCannotMakeGetsAnIdNobodyMayReach() {
        MatrixRow unknown = row("GET", "/api/v1/infrastructure/complexes/{id}", DRAA);

        assertThat(unknown.unknownId()).isTrue();
        assertThat(unknown.url()).endsWith("/" + AccessRules.UNKNOWN);
        assertThat(AccessRules.mayReach(caller(Role.ADMIN, null), unknown)).isFalse();
    }

    @Test
    void markersOfTheOtherRegionAndOfHealthDataAreForbiddenToThoseWhoMayNotSeeThem() {
        List<RegionData> both = List.of(DRAA, FES);

        assertThat(AccessRules.forbiddenMarkers(caller(Role.CHAMBER_MANAGER, "08"), both))
                .containsExactlyInAnyOrder("Draahealth", "Fesmark", "Feshealth");
        assertThat(AccessRules.forbiddenMarkers(caller(Role.COVERAGE_OFFICER, "08"), both))
                .containsExactlyInAnyOrder("Fesmark", "Feshealth");
        assertThat(AccessRules.forbiddenMarkers(caller(Role.MINISTRY, null), both))
                .containsExactlyInAnyOrder("Draahealth", "Feshealth");
        assertThat(AccessRules.forbiddenMarkers(caller(Role.ARTISAN, "08"), both))
                .containsExactlyInAnyOrder("Draamark", "Draahealth", "Fesmark", "Feshealth");
        assertThat(AccessRules.forbiddenMarkers(caller(Role.ADMIN, null), both)).isEmpty();
    }

    @Test
    void stackTracesAreRecognised() {
        assertThat(AccessRules.showsStackTrace("at ma.hirfa.coverage.file.ClaimService.add(ClaimService.java:42)"))
                .isTrue();
        assertThat(AccessRules.showsStackTrace("{\"detail\":\"org.h2.jdbc.JdbcSQLDataException: too long\"}"))
                .isTrue();
        assertThat(AccessRules.showsStackTrace("{\"title\":\"Bad request\",\"detail\":\"amount: not a number\"}"))
                .isFalse();
    }

    private static MatrixRow row(String method, String path, RegionData region) {
        Operation operation = new Operation(
                method, path, path, Operation.get(path).pathVariables(), Map.of(), Map.of(), List.of(), null);
        return MatrixRow.of(operation, List.of(region), "", false, false).get(0);
    }

    private static Caller caller(Role role, String region) {
        return new Caller(String.valueOf(role), role, region, null, null, null);
    }
}
