package ma.hirfa.apprenticeship.contract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.training.CertificateKind;
import ma.hirfa.training.CertificateRequest;
import ma.hirfa.training.CertificateTitle;
import ma.hirfa.training.CertificateView;
import ma.hirfa.training.Certificates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Certificates of successful apprentices, issued through the training module's certificates (one numbering,
 * one signature, one public verification for every kind). A certificate needs the apprentice's file in the
 * register: until it is linked, a passed contract waits for its certificate.
 */
@Component
class ContractCertificates {

    private final Certificates certificates;
    private final RegisteredArtisans artisans;
    private final MessageSource messages;
    private final int hoursPerDay;

    ContractCertificates(
            Certificates certificates,
            RegisteredArtisans artisans,
            MessageSource messages,
            @Value("${hirfa.apprenticeship.hours-per-day:8}") int hoursPerDay) {
        this.certificates = certificates;
        this.artisans = artisans;
        this.messages = messages;
        this.hoursPerDay = hoursPerDay;
    }

    static String reference(long contractId) {
        return "APP-CONTRACT-" + contractId;
    }

    /** Whether the apprentice can receive a certificate now: linked to a registered file the user may see. */
    boolean holderReady(Long artisanId) {
        return artisanId != null
                && artisans.find(artisanId).map(ArtisanSummary::registered).orElse(false);
    }

    CertificateView issue(Contract c, List<LogbookEntry> entries) {
        int days = entries.stream().mapToInt(LogbookEntry::daysPresent).sum();
        String key = "apprenticeship.level." + c.trainingLevel();
        String fr = text(key, "fr");
        return certificates.issue(new CertificateRequest(
                CertificateKind.APPRENTICESHIP,
                c.apprenticeArtisanId(),
                new CertificateTitle(text(key, "ar"), fr, text(key, "zgh"), fr),
                c.craftCode(),
                days * hoursPerDay,
                List.of(),
                null,
                reference(c.id())));
    }

    Optional<CertificateView> of(long contractId) {
        return certificates.byReference(reference(contractId)).stream().findFirst();
    }

    byte[] pdf(long certificateId, boolean english) {
        return certificates.pdf(certificateId, english);
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
