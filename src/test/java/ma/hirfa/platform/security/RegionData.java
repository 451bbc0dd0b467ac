package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.hirfa.infrastructure.InfrastructureApi;
import ma.hirfa.infrastructure.InfrastructureFixtures;
import ma.hirfa.infrastructure.UnitFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of each kind of file in one region, made through the API as the region's staff (and, for health data, the
 * administrator) would, each carrying markers no other data carries: a response to anyone who may not see this
 * region's files, or its health data, must not contain them. Needs {@code PlatformFixtures.staff}.
 *
 * @param ids the file of each kind ({@link AccessRules#KINDS}), e.g. "artisan" → 4711
 * @param markers texts only this region's files carry (names, places, statements)
 * @param healthMarkers texts only this region's health data carries (claim notes, beneficiary names)
 */
record RegionData(String region, Map<String, Long> ids, List<String> markers, List<String> healthMarkers) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, RegionData> MADE = new ConcurrentHashMap<>();

    /**
     * Drâa-Tafilalet (Zagora, by agent.draa and manager.draa) or Fès-Meknès (Fès, by agent.fes and manager.fes),
     * made once per application (port): the security tests share a context, and the markers must stay unique.
     */
    static RegionData of(int port, String region) {
        return MADE.computeIfAbsent(port + "/" + region, key -> make(port, region));
    }

    private static RegionData make(int port, String region) {
        boolean draa = region.equals("08");
        String province = draa ? "587" : "231";
        String agent = WebSession.basic(draa ? "agent.draa" : "agent.fes", "demo1234");
        String admin = WebSession.basic("admin", "demo1234");
        // Letters only, so that every name rule accepts them; no marker is a part of another.
        String marker = draa ? "Wuzdraamark" : "Wuzfesmark";
        String health = draa ? "Qahealthdraa" : "Qahealthfes";
        Map<String, Long> ids = new LinkedHashMap<>();
        Api api = new Api(port);

        RegistryFixtures.NewArtisan person = RegistryFixtures.artisanIn(province);
        long artisan = person.registered(port);
        ids.put("artisan", artisan);

        long cooperative =
                api.id(agent, "POST", "/api/v1/registry/cooperatives", """
                {"nameAr":"تعاونية %s","nameFr":"Coopérative %s","crafts":["P02"],"addressLine":"Ksar %s",
                 "provinceCode":"%s"}""".formatted(marker, marker, marker, province));
        ids.put("organisation", cooperative);
        api.ok(
                agent,
                "POST",
                "/api/v1/registry/cooperatives/" + cooperative + "/members",
                "{\"artisanId\":" + artisan + ",\"role\":\"PRESIDENT\"}");

        api.ok(
                admin,
                "PUT",
                "/api/v1/coverage/artisans/" + artisan + "/enrolment",
                "{\"regime\":\"CPU\",\"enrolledOn\":\"2024-01-15\",\"fundNumber\":null}");
        long claim = api.id(admin, "POST", "/api/v1/coverage/artisans/" + artisan + "/claims", """
                {"careDate":"2024-05-02","filedOn":"2024-05-08","amountClaimed":210.00,"decision":"PENDING",
                 "decidedOn":null,"rejectionReason":null}""");
        ids.put("claim", claim);
        api.ok(
                admin,
                "POST",
                "/api/v1/coverage/artisans/" + artisan + "/claims/" + claim + "/notes",
                "{\"note\":\"Note " + health + "\"}");
        api.ok(
                admin,
                "POST",
                "/api/v1/coverage/artisans/" + artisan + "/contributions",
                "{\"month\":\"2024-02\",\"amount\":135.00,\"paidOn\":\"2024-02-12\",\"recordedOn\":\"2024-03-01\"}");
        ids.put(
                "beneficiary",
                api.id(
                        admin,
                        "POST",
                        "/api/v1/coverage/artisans/" + artisan + "/beneficiaries",
                        "{\"relation\":\"CHILD\",\"fullName\":\"Itto " + health + "\",\"birthDate\":\"2015-03-04\"}"));

        long programme = api.id(agent, "POST", "/api/v1/training/programmes", """
                {"titleAr":"صباغة طبيعية","titleFr":"Teinture naturelle","titleZgh":"ⴰⵙⵙⵏⴼⵍ","titleEn":"Natural dyeing",
                 "type":"CARAVAN","crafts":[],"hours":12,"competencies":"Préparer les bains",
                 "minAttendancePercent":80,"assessmentRequired":true}""");
        ids.put("programme", programme);
        LocalDate start = LocalDate.now().plusDays(20);
        long session = api.id(agent, "POST", "/api/v1/training/sessions", """
                {"programmeId":%d,"provinceCode":"%s","place":"Salle %s","trainer":"Mme %s","startsOn":"%s",
                 "endsOn":"%s","capacity":20,"waitingList":true}""".formatted(
                        programme, province, marker, marker, start, start.plusDays(2)));
        ids.put("session", session);
        api.ok(
                agent,
                "POST",
                "/api/v1/training/sessions/" + session + "/enrolments",
                "{\"artisanId\":" + artisan + "}");
        JsonNode enrolments =
                JSON.readTree(api.ok(agent, "GET", "/api/v1/training/sessions/" + session + "/enrolments", null)
                        .body());
        ids.put("enrolment", enrolments.get(0).get("id").asLong());

        LocalDate contractStart = LocalDate.now().plusDays(7);
        long contract = api.id(agent, "POST", "/api/v1/apprenticeship/contracts", """
                {"apprenticeFirstName":"Youssef","apprenticeLastName":"%s","apprenticeNationalId":"",
                 "apprenticeBirthDate":"%s","apprenticePhone":"","masterId":%d,
                 "workshopName":"Atelier %s","centreName":"CFA %s","craftCode":"P01","trainingLevel":"SPECIALISATION",
                 "startsOn":"%s","endsOn":"%s","workshopShare":80,"centreShare":20}""".formatted(
                        marker,
                        contractStart.minusYears(17),
                        artisan,
                        marker,
                        marker,
                        contractStart,
                        contractStart.plusYears(2)));
        ids.put("contract", contract);
        JsonNode withEntry = JSON.readTree(
                api.ok(agent, "POST", "/api/v1/apprenticeship/contracts/" + contract + "/logbook", """
                        {"periodStart":"%s","periodEnd":"%s","daysPlanned":20,"daysPresent":19,"masterScore":15,
                         "centreScore":14}""".formatted(
                                        contractStart, contractStart.plusDays(29)))
                        .body());
        ids.put("entry", withEntry.get("logbook").get(0).get("id").asLong());

        ids.put("application", api.id(agent, "POST", "/api/v1/vae/applications", """
                        {"artisanId":%d,"craftCode":"P02","trainingLevel":"SPECIALISATION","yearsOfPractice":9,
                         "statement":"Tisserande %s"}""".formatted(artisan, marker)));
        ids.put(
                "jury",
                api.id(
                        agent,
                        "POST",
                        "/api/v1/vae/juries",
                        "{\"craftCode\":\"P02\",\"sitsOn\":\"" + LocalDate.now().plusDays(30) + "\",\"place\":\"Salle "
                                + marker + "\"}"));
        infrastructureAndCall(api, port, draa, province, marker, artisan, ids);
        return new RegionData(region, Map.copyOf(ids), List.of(marker, person.lastName()), List.of(health));
    }

    /**
     * A complex with a project, two units, a call offering the first (the region's artisan applied; closed, so that
     * no artisan sees it as an open call of their region) and a lease of the second to the artisan.
     */
    private static void infrastructureAndCall(
            Api api, int port, boolean draa, String province, String marker, long artisan, Map<String, Long> ids) {
        String agentName = draa ? "agent.draa" : "agent.fes";
        String agent = WebSession.basic(agentName, "demo1234");
        InfrastructureApi infrastructure = new InfrastructureApi(() -> port, agentName);
        long complex = InfrastructureFixtures.complex(infrastructure, province, "Complexe " + marker, "IN_OPERATION");
        ids.put("complex", complex);
        LocalDate today = LocalDate.now();
        ids.put(
                "project",
                api.id(agent, "POST", "/api/v1/infrastructure/complexes/" + complex + "/projects", """
                {"titleAr":"تهيئة %1$s","titleFr":"Aménagement %1$s","titleZgh":"ⴰⵙⵡⴰⴷ %1$s","totalCost":900000,
                 "plannedStart":"%2$s","plannedEnd":"%3$s","contractors":"BTP %1$s"}""".formatted(
                                marker, today.minusMonths(2), today.plusMonths(10))));
        InfrastructureFixtures.line(infrastructure, ids.get("project"), "PARTNER", "Partenaire " + marker, null, "1");
        long offered = UnitFixtures.unit(port, agentName, complex, "A1", 0, "SHOP", 900);
        long leased = UnitFixtures.unit(port, agentName, complex, "A2", 0, "WORKSHOP", 700);
        ids.put("unit", leased);

        long call = api.id(agent, "POST", "/api/v1/calls", """
                {"kind":"infrastructure.units","ownerId":%d,"titleAr":"إعلان %2$s","titleFr":"Appel %2$s",
                 "titleZgh":"ⴰⵙⵉⵡⵍ %2$s","eligibility":"Artisans %2$s","itemRefs":["%3$d"],"opensOn":"%4$s",
                 "closesOn":"%4$s","appealDays":10}""".formatted(complex, marker, offered, today));
        ids.put("call", call);
        api.ok(agent, "POST", "/api/v1/calls/" + call + "/opening", "{}");
        JsonNode applied = JSON.readTree(
                api.ok(agent, "POST", "/api/v1/calls/" + call + "/applications", """
                        {"applicantKind":"ARTISAN","applicantId":%d,"preferences":["%d"]}""".formatted(artisan, offered))
                        .body());
        ids.put("callApplication", applied.get("applicationId").asLong());
        api.ok(agent, "POST", "/api/v1/calls/" + call + "/closing", "{}");

        ids.put(
                "lease",
                api.id(
                        agent,
                        "POST",
                        "/api/v1/infrastructure/units/" + leased + "/leases",
                        UnitFixtures.lease(artisan, today, today.plusYears(3), "700")));
    }

    /** The region that owns a file of this id, if it is one of ours. */
    boolean owns(String kind, long id) {
        return ids.containsKey(kind) && ids.get(kind) == id;
    }

    /** Requests that must succeed, with the answer's body in the failure message. */
    private record Api(int port) {

        WebResponse ok(String credentials, String method, String path, String json) {
            WebResponse response = new WebSession(port)
                    .request(
                            method,
                            path,
                            json == null ? null : "application/json",
                            json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                            "Authorization",
                            credentials,
                            "Accept",
                            "application/json");
            assertThat(response.status())
                    .as(method + " " + path + ": " + response.body())
                    .isBetween(200, 299);
            return response;
        }

        long id(String credentials, String method, String path, String json) {
            return JSON.readTree(ok(credentials, method, path, json).body())
                    .get("id")
                    .asLong();
        }
    }
}
