package ma.hirfa.registry.card;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("reg_card")
record ProfessionalCard(
        @Id Long id,
        Long artisanId,
        String regionCode,
        String registrationNumber,
        String holderNameAr,
        String holderNameLat,
        String category,
        String craftCode,
        LocalDate issuedOn,
        LocalDate validUntil,
        CardStatus status,
        String statusReason,
        String kid,
        String token,
        Instant createdAt,
        @Version Long version) {

    ProfessionalCard withStatus(CardStatus next, String reason) {
        return new ProfessionalCard(
                id,
                artisanId,
                regionCode,
                registrationNumber,
                holderNameAr,
                holderNameLat,
                category,
                craftCode,
                issuedOn,
                validUntil,
                next,
                reason,
                kid,
                token,
                createdAt,
                version);
    }

    ProfessionalCard signed(String keyId, String signedToken) {
        return new ProfessionalCard(
                id,
                artisanId,
                regionCode,
                registrationNumber,
                holderNameAr,
                holderNameLat,
                category,
                craftCode,
                issuedOn,
                validUntil,
                status,
                statusReason,
                keyId,
                signedToken,
                createdAt,
                version);
    }

    /** What a verifier is told: the stored status, or EXPIRED once the validity has passed. */
    String publicStatus(LocalDate today) {
        if (status == CardStatus.VALID && today.isAfter(validUntil)) {
            return "EXPIRED";
        }
        return status == CardStatus.REPLACED ? CardStatus.REVOKED.name() : status.name();
    }
}
