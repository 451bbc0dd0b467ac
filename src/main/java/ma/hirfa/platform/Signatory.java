package ma.hirfa.platform;

/**
 * Who signs a chamber's printed documents, in one language: the title (e.g. the chamber's president), the
 * name (blank when the settings leave it out: it is then written by hand) and the label of the signature and
 * stamp area.
 */
public record Signatory(String title, String name, String stampLabel) {}
