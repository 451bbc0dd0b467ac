package ma.hirfa.training;

import java.util.Locale;
import java.util.Optional;
import ma.hirfa.platform.TokenClaims;
import ma.hirfa.platform.Verification;
import ma.hirfa.platform.VerificationSource;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers /verify for certificates: the certificate the token names if its number and date still match,
 * with the title in the visitor's language (English when asked) and no more personal data than a name.
 */
@Component
class CertificateVerification implements VerificationSource {

    private final CertificateRepository certificates;
    private final ReferenceData reference;

    CertificateVerification(CertificateRepository certificates, ReferenceData reference) {
        this.certificates = certificates;
        this.reference = reference;
    }

    @Override
    public String kind() {
        return Certificates.TOKEN_KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Verification> verify(TokenClaims claims, Locale locale) {
        return certificates
                .findById(claims.id())
                .filter(c -> c.number().equals(claims.number()))
                .filter(c -> c.issuedOn().equals(claims.date()))
                .map(c -> new Verification(
                        Certificates.TOKEN_KIND,
                        c.publicStatus(),
                        c.number(),
                        null,
                        c.holder(),
                        c.holder(),
                        c.holderNameAr(),
                        title(c, locale),
                        c.craftCode() == null
                                ? null
                                : reference.craftName(c.craftCode(), VerificationSource.closest(locale)),
                        c.hours(),
                        c.issuedOn(),
                        null));
    }

    private static String title(Certificate c, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return c.titleEn() != null ? c.titleEn() : c.titleFr();
        }
        return switch (VerificationSource.closest(locale)) {
            case AR -> c.titleAr();
            case ZGH -> c.titleZgh() != null ? c.titleZgh() : c.titleFr();
            default -> c.titleFr();
        };
    }
}
