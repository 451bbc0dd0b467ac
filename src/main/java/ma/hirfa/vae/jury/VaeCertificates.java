package ma.hirfa.vae.jury;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.training.CertificateKind;
import ma.hirfa.training.CertificateRequest;
import ma.hirfa.training.CertificateTitle;
import ma.hirfa.training.CertificateView;
import ma.hirfa.training.Certificates;
import ma.hirfa.training.Competency;
import ma.hirfa.vae.application.Application;
import ma.hirfa.vae.framework.CompetencyView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Certificates of full validations, issued through the training module's certificates (one /verify for all). */
@Component
class VaeCertificates {

    private final Certificates certificates;
    private final MessageSource messages;

    VaeCertificates(Certificates certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
    }

    static String reference(long applicationId) {
        return "VAE-APP-" + applicationId;
    }

    CertificateView issue(Application a, List<CompetencyView> competencies) {
        String key = "vae.certificate.title";
        String level = "apprenticeship.level." + a.trainingLevel();
        String fr = text(key, "fr", text(level, "fr"));
        return certificates.issue(new CertificateRequest(
                CertificateKind.VAE,
                a.artisanId(),
                new CertificateTitle(text(key, "ar", text(level, "ar")), fr, text(key, "zgh", text(level, "zgh")), fr),
                a.craftCode(),
                0,
                competencies.stream().map(CompetencyView::nameFr).toList(),
                null,
                reference(a.id()),
                competencies.stream()
                        .map(c -> new Competency(c.nameAr(), c.nameFr(), c.nameZgh()))
                        .toList()));
    }

    Optional<CertificateView> of(long applicationId) {
        return certificates.byReference(reference(applicationId)).stream().findFirst();
    }

    byte[] pdf(long certificateId, boolean english) {
        return certificates.pdf(certificateId, english);
    }

    private String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }
}
