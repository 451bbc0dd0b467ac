package ma.hirfa.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A certificate as printed: the holder's data and titles are kept as they were on the day of issue. */
@Table("trn_certificate")
record Certificate(
        @Id Long id,
        String number,
        CertificateKind kind,
        Long artisanId,
        String regionCode,
        String provinceCode,
        String sex,
        LocalDate birthDate,
        String holderNameAr,
        String holderNameLat,
        String registrationNumber,
        String titleAr,
        String titleFr,
        String titleZgh,
        String titleEn,
        String craftCode,
        Integer hours,
        String competencies,
        String competenciesAr,
        String competenciesZgh,
        LocalDate issuedOn,
        CertificateStatus status,
        String statusReason,
        Long replacedBy,
        String reference,
        String kid,
        String token,
        Instant createdAt,
        @Version Long version) {

    List<String> competencyList() {
        return competencies == null || competencies.isBlank()
                ? List.of()
                : Arrays.stream(competencies.split("\n"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    /** The competencies in the three languages, as issued (older certificates: French only). */
    List<Competency> competencyTexts() {
        return Competency.lines(competenciesAr, competencies, competenciesZgh);
    }

    String holder() {
        return holderNameLat != null && !holderNameLat.isBlank() ? holderNameLat : holderNameAr;
    }

    Certificate numbered(String newNumber, String keyId, String signedToken) {
        return with(newNumber, status, statusReason, replacedBy, keyId, signedToken);
    }

    Certificate withStatus(CertificateStatus next, String reason, Long successor) {
        return with(number, next, reason, successor, kid, token);
    }

    /** A copy with the parts that change after issue; what was printed stays as it was. */
    private Certificate with(
            String newNumber,
            CertificateStatus newStatus,
            String reason,
            Long successor,
            String keyId,
            String signedToken) {
        return new Certificate(
                id,
                newNumber,
                kind,
                artisanId,
                regionCode,
                provinceCode,
                sex,
                birthDate,
                holderNameAr,
                holderNameLat,
                registrationNumber,
                titleAr,
                titleFr,
                titleZgh,
                titleEn,
                craftCode,
                hours,
                competencies,
                competenciesAr,
                competenciesZgh,
                issuedOn,
                newStatus,
                reason,
                successor,
                reference,
                keyId,
                signedToken,
                createdAt,
                version);
    }

    /** What a verifier is told: a replaced certificate no longer stands, like a revoked one. */
    String publicStatus() {
        return status == CertificateStatus.VALID ? "VALID" : "REVOKED";
    }
}
