package ma.hirfa.platform.layout;

import java.util.List;

/**
 * The main page of every module, with the test account that may open it, as the weight and accessibility checks
 * visit them; the access matrix ({@code AccessMatrixIT}) opens each as every role. A null user is a public page (no sign-in). The verification page is opened with a token that does
 * not verify: it has the same head, header and fonts as a card's or a certificate's page.
 */
public record MainPages(String module, String path, String user) {

    public static final List<MainPages> ALL = List.of(
            new MainPages("platform", "/login", null),
            new MainPages("platform", "/verify/not-a-token", null),
            new MainPages("platform", "/", "manager.draa"),
            new MainPages("platform", "/admin/users", "admin"),
            new MainPages("reference", "/reference/crafts", "admin"),
            new MainPages("registry", "/registry/artisans", "manager.draa"),
            new MainPages("registry", "/registry/artisans/new", "agent.draa"),
            new MainPages("matching", "/registry/duplicates", "manager.draa"),
            new MainPages("coverage", "/coverage", "coverage.draa"),
            new MainPages("training", "/training/programmes", "manager.draa"),
            new MainPages("apprenticeship", "/apprenticeship/contracts", "manager.draa"),
            new MainPages("vae", "/vae/applications", "manager.draa"),
            new MainPages("infrastructure", "/infrastructure/complexes", "manager.draa"),
            new MainPages("calls", "/calls", "manager.draa"));

    /**
     * Main pages that show a record, made for the two layout checks by {@link MainPageData} ({@code {complex}},
     * {@code {call}}); kept out of {@link #ALL}, whose paths the access matrix opens as they are.
     */
    public static final List<MainPages> RECORDS = List.of(
            new MainPages("calls", "/calls/{call}", "manager.draa"),
            new MainPages("infrastructure", "/infrastructure/complexes/{complex}/units", "manager.draa"),
            new MainPages("infrastructure", "/infrastructure/complexes/{complex}/floor-plan", "manager.draa"));

    MainPages with(java.util.Map<String, Long> records) {
        String filled = path;
        for (var record : records.entrySet()) {
            filled = filled.replace("{" + record.getKey() + "}", String.valueOf(record.getValue()));
        }
        return new MainPages(module, filled, user);
    }

    boolean isPublic() {
        return user == null;
    }

    /** What a user may download on a first visit at phone size (ISSUE 12, ADR 0039). */
    int budgetBytes() {
        return isPublic() ? 150 * 1024 : 300 * 1024;
    }

    String in(String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }
}
