package ma.hirfa.registry.organisation;

import static ma.hirfa.registry.organisation.OrganisationFixtures.oasisCooperativeIn;
import static ma.hirfa.registry.organisation.RegistryApi.COOPERATIVES;
import static ma.hirfa.registry.organisation.RegistryApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class OrganisationMembershipIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    final RegistryApi agent = new RegistryApi(() -> port, "agent.draa");
    final RegistryApi manager = new RegistryApi(() -> port, "manager.draa");

    @Test
    void aCooperativeWhosePresidentWasSuspendedCannotBeSubmittedUntilThePresidentChanges() {
        long id = agent.create(COOPERATIVES, oasisCooperativeIn("363"));
        long president = agent.registeredArtisan("363", manager);
        json(agent.addMember(COOPERATIVES, id, president, "PRESIDENT"), 200);
        json(manager.post("/api/v1/registry/artisans/" + president + "/suspend", "{\"reason\":\"Contrôle\"}"), 200);

        WebResponse refused = agent.step(COOPERATIVES, id, "submit", "Accept-Language", "fr");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("n’est plus immatriculé");
        json(agent.delete(COOPERATIVES + "/" + id + "/members/" + president), 200);
        long successor = agent.registeredArtisan("363", manager);
        json(agent.addMember(COOPERATIVES, id, successor, "PRESIDENT"), 200);
        long secretary = agent.registeredArtisan("363", manager);
        json(agent.addMember(COOPERATIVES, id, secretary, "SECRETARY"), 200);
        WebResponse secondSecretary = agent.addMember(
                COOPERATIVES, id, agent.registeredArtisan("363", manager), "SECRETARY", "Accept-Language", "fr");

        assertThat(secondSecretary.status()).isEqualTo(400);
        assertThat(secondSecretary.body()).contains("occupe déjà cette fonction");
        assertThat(json(agent.step(COOPERATIVES, id, "submit"), 200)
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");
    }
}
