package ma.hirfa.registry.organisation;

import java.util.concurrent.atomic.AtomicInteger;

/** JSON bodies of the organisations API and of the artisans it needs, with unique national ids and ICEs. */
final class OrganisationFixtures {

    private static final AtomicInteger IDS = new AtomicInteger(100);

    private OrganisationFixtures() {}

    static String oasisCooperativeIn(String province) {
        return cooperativeIn(province, null);
    }

    static String cooperativeIn(String province, String ice) {
        return "{\"nameAr\":\"تعاونية الواحة للنسيج\",\"nameFr\":\"Coopérative de l’Oasis\",\"crafts\":[\"P01\"],"
                + "\"addressLine\":\"Ksar Tinzouline\",\"provinceCode\":\"" + province + "\""
                + (ice == null ? "" : ",\"ice\":\"" + ice + "\"") + "}";
    }

    static String atlasEnterpriseIn(String province, String ice, Long supervisor) {
        return "{\"nameAr\":\"مقاولة الأطلس\",\"nameFr\":\"Entreprise Atlas\",\"crafts\":[\"P01\",\"P02\"],"
                + "\"provinceCode\":\"" + province + "\"" + (ice == null ? "" : ",\"ice\":\"" + ice + "\"")
                + (supervisor == null ? "" : ",\"supervisorId\":" + supervisor) + "}";
    }

    static String weaverIn(String province) {
        return "{\"nationalId\":\"JK" + IDS.incrementAndGet() + "\",\"firstNameAr\":\"فاطمة\","
                + "\"lastNameAr\":\"أيت علي\",\"firstNameLat\":\"Fatima\",\"lastNameLat\":\"Ait Ali\",\"sex\":\"F\","
                + "\"birthDate\":\"1979-03-08\",\"provinceCode\":\"" + province + "\",\"craftCode\":\"P01\","
                + "\"category\":\"ARTISAN\",\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":15}";
    }

    static String member(long artisanId, String role) {
        return "{\"artisanId\":" + artisanId + ",\"role\":\"" + role + "\"}";
    }

    /** A well-formed ICE no demo organisation uses. */
    static String newIce() {
        return String.format("99%013d", IDS.incrementAndGet());
    }
}
