package ma.hirfa.training;

/** What a certificate attests; the first letters of its number say it too (FC, AP, VA). */
public enum CertificateKind {
    TRAINING("FC"),
    APPRENTICESHIP("AP"),
    VAE("VA");

    private final String prefix;

    CertificateKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
