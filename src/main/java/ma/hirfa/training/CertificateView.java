package ma.hirfa.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as the modules and pages see it. {@code status} is VALID, REVOKED or REPLACED (a reissued
 * certificate; verification says "revoked" for it); {@code replacedBy} is the id of its successor.
 */
public record CertificateView(
        long id,
        String number,
        String token,
        CertificateKind kind,
        long artisanId,
        String holderNameAr,
        String holderNameLat,
        String titleAr,
        String titleFr,
        String craftCode,
        int hours,
        List<String> competencies,
        LocalDate issuedOn,
        String status,
        String statusReason,
        Long replacedBy,
        String reference,
        String verificationUrl) {}
