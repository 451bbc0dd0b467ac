package ma.hirfa.training;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module asks to certify for a registered artisan (by id, within the caller's region). {@code hours}
 * may be 0 (VAE); {@code issuedOn} null means today; {@code reference} is the caller's own key (e.g.
 * {@code VAE-APP-12}), free text shown nowhere but searchable with {@link Certificates#byReference}.
 */
public record CertificateRequest(
        CertificateKind kind,
        long artisanId,
        CertificateTitle title,
        String craftCode,
        int hours,
        List<String> competencies,
        LocalDate issuedOn,
        String reference,
        List<Competency> competencyTexts) {

    /**
     * A request whose competencies are in French only; {@code competencyTexts}, when given, are the same
     * competencies in the three languages, which the certificate keeps for its Arabic and Tamazight blocks.
     */
    public CertificateRequest(
            CertificateKind kind,
            long artisanId,
            CertificateTitle title,
            String craftCode,
            int hours,
            List<String> competencies,
            LocalDate issuedOn,
            String reference) {
        this(kind, artisanId, title, craftCode, hours, competencies, issuedOn, reference, null);
    }
}
