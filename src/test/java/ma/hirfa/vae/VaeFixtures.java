package ma.hirfa.vae;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;

/** Requests of the VAE API and a small piece of evidence. */
final class VaeFixtures {

    /** A 1×1 PNG: evidence accepted by its first bytes. */
    static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private VaeFixtures() {}

    static String application(long artisanId, String craft, int years) {
        return """
                {"artisanId":%d,"craftCode":"%s","trainingLevel":"SPECIALISATION","yearsOfPractice":%d,
                 "statement":"Tisserande depuis l’enfance"}""".formatted(artisanId, craft, years);
    }

    static String jury(String craft) {
        return """
                {"craftCode":"%s","sitsOn":"%s","place":"Chambre d’artisanat, Ouarzazate"}""".formatted(craft, LocalDate.now());
    }

    /** A programme of the training catalogue, for every craft: what a jury prescribes after a partial validation. */
    static String programme() {
        return """
                {"titleAr":"تقنيات النسيج","titleFr":"Techniques de tissage","titleZgh":"ⵜⵉⵙⵏⴰⵍⵉⵏ ⵏ ⵓⵥⵟⵟⴰ","titleEn":"Weaving techniques",
                 "type":"CENTRE","crafts":[],"hours":40,"competencies":"Contrôler la qualité",
                 "minAttendancePercent":80,"assessmentRequired":false}""";
    }

    static String trainer(String name) {
        return """
                {"memberKind":"TRAINER","fullName":"%s","noConflictDeclared":true}""".formatted(name);
    }

    static String professional(String name, long artisanId, String relatives) {
        return """
                {"memberKind":"PROFESSIONAL","fullName":"%s","artisanId":%d,"relativeIds":[%s],"noConflictDeclared":true}""".formatted(name, artisanId, relatives);
    }

    /**
     * A cooperative of Drâa-Tafilalet (a draft: being members is what makes a conflict) whose members are the two
     * artisans, recorded by a chamber agent through the register's API.
     */
    static void cooperativeOf(int port, long president, long member) {
        String agent = WebSession.basic("agent.draa", "demo1234");
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/registry/cooperatives",
                        "{\"nameAr\":\"تعاونية الواحة للنسيج\",\"nameFr\":\"Coopérative de l’Oasis\","
                                + "\"crafts\":[\"P02\"],\"addressLine\":\"Ksar Tinzouline\",\"provinceCode\":\"401\"}",
                        "Authorization",
                        agent);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceFirst("(?s)^\\{\"id\":(\\d+).*", "$1");
        for (String role : List.of(president + ":PRESIDENT", member + ":MEMBER")) {
            String[] parts = role.split(":");
            WebResponse added = new WebSession(port)
                    .postJson(
                            "/api/v1/registry/cooperatives/" + id + "/members",
                            "{\"artisanId\":" + parts[0] + ",\"role\":\"" + parts[1] + "\"}",
                            "Authorization",
                            agent);
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }
    }
}
