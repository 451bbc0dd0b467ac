package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.calls.CallsFixtures;
import ma.hirfa.infrastructure.InfrastructureApi;
import ma.hirfa.infrastructure.InfrastructureFixtures;
import ma.hirfa.infrastructure.UnitFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 item 8: whoever may not call a write at all (wrong role, or the record is of another region) is told
 * 403 or 404 even when the body is invalid, never a 400 that would describe the body's rules to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class PermissionBeforeBodyIT {

    private static final String INVALID = "{\"birthDate\":\"x\",\"amount\":\"abc\",\"regime\":\"NOPE\"}";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void aRoleWithoutWriteRightsIsRefused403WhateverTheBody() {
        long id = RegistryFixtures.artisanIn("587").registered(port);
        String[][] writes = {
            {"POST", "/api/v1/registry/artisans"},
            {"POST", "/api/v1/registry/artisans/" + id + "/suspend"},
            {"PUT", "/api/v1/registry/artisans/" + id + "/consents"},
            {"POST", "/api/v1/training/programmes"},
            {"POST", "/api/v1/training/sessions"},
            {"POST", "/api/v1/apprenticeship/contracts"},
            {"POST", "/api/v1/vae/applications"},
            {"POST", "/api/v1/vae/juries"},
            {"PUT", "/api/v1/coverage/artisans/" + id + "/enrolment"},
            {"POST", "/api/v1/coverage/artisans/" + id + "/claims"},
            {"POST", "/api/v1/coverage/artisans/" + id + "/beneficiaries"}
        };
        for (String user : new String[] {"ministry"}) {
            for (String[] write : writes) {
                assertRefused(user, write, 403);
            }
        }
        // A coverage officer writes coverage only; a chamber manager never touches health data.
        assertRefused("coverage.draa", writes[0], 403);
        assertRefused("coverage.draa", writes[3], 403);
        assertRefused("coverage.draa", writes[5], 403);
        assertRefused("coverage.draa", writes[6], 403);
        assertRefused("manager.draa", writes[8], 403);
        assertRefused("manager.draa", writes[9], 403);
        assertRefused("manager.draa", new String[] {"POST", "/api/v1/vae/frameworks/P01/CAP/competencies"}, 403);
    }

    @Test
    void aUserOfAnotherRegionIsTold404BeforeTheBodyIsRead() {
        long draa = RegistryFixtures.artisanIn("587").registered(port);
        for (String[] write : new String[][] {
            {"POST", "/api/v1/registry/artisans/" + draa + "/suspend"},
            {"POST", "/api/v1/registry/artisans/" + draa + "/approve"},
            {"PUT", "/api/v1/registry/artisans/" + draa + "/consents"}
        }) {
            assertRefused("manager.fes", write, 404);
            assertRefused("agent.fes", write, 404);
        }
        // The same bodies from the region's own manager are read and refused for what they are.
        WebResponse own = send("manager.draa", "PUT", "/api/v1/registry/artisans/" + draa + "/consents");
        assertThat(own.status()).as(own.body()).isEqualTo(400);
    }

    @Test
    void complexesUnitsLeasesAndCallsCheckRegionAndRoleBeforeTheBody() {
        long artisan = RegistryFixtures.artisanIn("587").registered(port);
        long complex = InfrastructureFixtures.complex(
                new InfrastructureApi(() -> port, "agent.draa"), "587", "Complexe de Zagora", "IN_OPERATION");
        long unit = UnitFixtures.unit(port, "agent.draa", complex, "B7", 0, "SHOP", 600);
        WebResponse leased = UnitFixtures.postLease(
                port,
                "agent.draa",
                unit,
                UnitFixtures.lease(artisan, LocalDate.now(), LocalDate.now().plusYears(2), "600"));
        assertThat(leased.status()).as(leased.body()).isEqualTo(201);
        long lease =
                JsonMapper.builder().build().readTree(leased.body()).get("id").asLong();
        long call = CallsFixtures.draft(
                port, CallsFixtures.call("test.stalls", 1, List.of("S-1"), LocalDate.now(), LocalDate.now()));
        for (String[] write : new String[][] {
            {"PUT", "/api/v1/infrastructure/complexes/" + complex},
            {"POST", "/api/v1/infrastructure/complexes/" + complex + "/projects"},
            {"POST", "/api/v1/infrastructure/complexes/" + complex + "/units"},
            {"POST", "/api/v1/infrastructure/units/" + unit + "/leases"},
            {"POST", "/api/v1/infrastructure/leases/" + lease + "/payments"},
            {"PUT", "/api/v1/calls/" + call + "/grid"},
            {"POST", "/api/v1/calls/" + call + "/applications"}
        }) {
            assertRefused("agent.fes", write, 404);
        }
        // A field agent does not run calls (only sits on a committee); a coverage officer has no part in either.
        assertRefused("field.draa", new String[] {"POST", "/api/v1/calls"}, 403);
        assertRefused("field.draa", new String[] {"PUT", "/api/v1/calls/" + call + "/grid"}, 403);
        assertRefused("field.draa", new String[] {"POST", "/api/v1/calls/" + call + "/applications"}, 403);
        assertRefused("coverage.draa", new String[] {"POST", "/api/v1/calls/" + call + "/applications"}, 403);
        assertRefused(
                "coverage.draa", new String[] {"POST", "/api/v1/infrastructure/leases/" + lease + "/payments"}, 403);
    }

    private void assertRefused(String user, String[] write, int status) {
        WebResponse answer = send(user, write[0], write[1]);
        assertThat(answer.status())
                .as(user + " " + write[0] + " " + write[1] + ": " + answer.body())
                .isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    private WebResponse send(String user, String method, String path) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", WebSession.basic(user, PlatformFixtures.PASSWORD))
                .header("Accept-Language", "fr")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(INVALID))
                .build();
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new WebResponse(response.statusCode(), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
