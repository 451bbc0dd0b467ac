package ma.hirfa.registry.card;

import java.time.LocalDate;

/** A card as the artisan's file shows it. */
public record CardView(
        long id,
        String registrationNumber,
        LocalDate issuedOn,
        LocalDate validUntil,
        String status,
        String statusReason,
        String verificationUrl) {}
