package ma.hirfa.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * Artisans a test makes for itself, through the register's API as a chamber would: an agent of the province's
 * region records and submits the file, the region's manager approves it. Needs the staff of
 * {@code PlatformFixtures.staff}. National ids are unique within a test run.
 */
public final class RegistryFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger IDS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private RegistryFixtures() {}

    /**
     * A woman of about 40 in the given province (Drâa-Tafilalet: 201, 363, 401, 577, 587; Fès: 231, 061), with a
     * Latin last name and a birth date of her own, so that matching by name never finds two fixtures.
     */
    public static NewArtisan artisanIn(String province) {
        int n = IDS.incrementAndGet();
        return new NewArtisan(
                province, "F", LocalDate.of(1986, 1, 1).plusDays(n % 3000), "P02", "Fatima", "Ait " + letters(n));
    }

    /**
     * The fields of the registration page for a man of Errachidia (province 587) with these ids; the agent goes on
     * past the duplicate warning (tests register such files on purpose).
     */
    public static Map<String, String> registrationForm(
            String nationalId, String lastNameLat, String birthDate, String phone) {
        Map<String, String> form = new HashMap<>();
        form.put("nationalId", nationalId);
        form.put("firstNameAr", "يوسف");
        form.put("lastNameAr", "الزاكوري");
        form.put("firstNameLat", "Youssef");
        form.put("lastNameLat", lastNameLat);
        form.put("sex", "M");
        form.put("birthDate", birthDate);
        form.put("phone", phone);
        form.put("provinceCode", "587");
        form.put("communeCode", "08.587.01.13");
        form.put("craftCode", "P05");
        form.put("category", "ARTISAN");
        form.put("qualificationBasis", "EXPERIENCE");
        form.put("experienceYears", "12");
        form.put("confirmNotDuplicate", "true");
        return form;
    }

    /**
     * The same name in Arabic letters ("Ait Bcda" → "آيت بكدا"), so that each fixture is one person written in two
     * scripts and two fixtures are two people: the duplicate check never stops a test's form at its warning.
     */
    private static String arabic(String latin) {
        String rest = latin.startsWith("Ait ") ? latin.substring(4) : latin;
        StringBuilder name = new StringBuilder(rest.length() < latin.length() ? "آيت " : "");
        for (char c : rest.toLowerCase().toCharArray()) {
            int i = "bcdfghjklmnprstvwyzaiou".indexOf(c);
            name.append(i < 0 ? "" : "بكدفغهجكلمنبرستفويزايوو".substring(i, i + 1));
        }
        return name.toString();
    }

    /** A number written as a name: 0 → "Ba", 27 → "Cba"... */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        for (int rest = n; rest > 0 || name.isEmpty(); rest /= 20) {
            name.append("bcdfghjklmnprstvwyza".charAt(rest % 20));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.append('a').toString();
    }

    /** A file about to be recorded; change what the test needs, then {@link #registered} or {@link #draft}. */
    public record NewArtisan(
            String province, String sex, LocalDate birthDate, String craft, String firstName, String lastName) {

        public NewArtisan born(LocalDate date) {
            return new NewArtisan(province, sex, date, craft, firstName, lastName);
        }

        public NewArtisan man() {
            return new NewArtisan(province, "M", birthDate, craft, "Hassan", lastName);
        }

        public NewArtisan craft(String code) {
            return new NewArtisan(province, sex, birthDate, code, firstName, lastName);
        }

        public NewArtisan named(String first, String last) {
            return new NewArtisan(province, sex, birthDate, craft, first, last);
        }

        /** Recorded and submitted, not yet decided; the id. */
        public long submitted(int port) {
            long id = draft(port);
            step(port, agent(), id, "submit");
            return id;
        }

        /** Recorded, submitted and approved: a registered artisan with a registration number; the id. */
        public long registered(int port) {
            long id = submitted(port);
            step(port, manager(), id, "approve");
            return id;
        }

        /** Registered, then suspended by the region's manager; the id. */
        public long suspended(int port) {
            long id = registered(port);
            WebResponse done = new WebSession(port)
                    .postJson(
                            "/api/v1/registry/artisans/" + id + "/suspend",
                            "{\"reason\":\"Contrôle\"}",
                            "Authorization",
                            manager());
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            return id;
        }

        /** Only recorded; the id. */
        public long draft(int port) {
            WebResponse created =
                    new WebSession(port).postJson("/api/v1/registry/artisans", json(), "Authorization", agent());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return JSON.readTree(created.body()).get("id").asLong();
        }

        private String json() {
            return """
                    {"nationalId":"FX%d","firstNameAr":"%s","lastNameAr":"%s","firstNameLat":%s,
                     "lastNameLat":%s,"sex":"%s","birthDate":"%s","provinceCode":"%s","craftCode":"%s",
                     "category":"ARTISAN","qualificationBasis":"EXPERIENCE","experienceYears":12,"taxStatus":"UNTAXED"}
                    """.formatted(
                            IDS.incrementAndGet(),
                            sex.equals("F") ? "فاطمة" : "حسن",
                            arabic(lastName),
                            JSON.writeValueAsString(firstName),
                            JSON.writeValueAsString(lastName),
                            sex,
                            birthDate,
                            province,
                            craft);
        }

        private boolean fes() {
            return province.equals("231") || province.equals("061");
        }

        private String agent() {
            return WebSession.basic(fes() ? "agent.fes" : "agent.draa", "demo1234");
        }

        private String manager() {
            return WebSession.basic(fes() ? "manager.fes" : "manager.draa", "demo1234");
        }
    }

    private static void step(int port, String credentials, long id, String action) {
        WebResponse done = new WebSession(port)
                .postJson("/api/v1/registry/artisans/" + id + "/" + action, "{}", "Authorization", credentials);
        assertThat(done.status()).as(action + ": " + done.body()).isEqualTo(200);
    }
}
