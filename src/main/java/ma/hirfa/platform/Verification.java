package ma.hirfa.platform;

import java.time.LocalDate;

/**
 * What anyone learns from a QR code: whether it is genuine and the current status, with the least personal
 * data that lets a verifier recognise the holder ({@code name} and {@code holder} are the same, Latin script
 * when known; {@code holderAr} in Arabic script). {@code status} is VALID, EXPIRED, SUSPENDED, REVOKED or
 * INVALID (forged, altered or unknown). {@code number} is the document's number; {@code registrationNumber}
 * repeats it for cards, whose first clients read that name.
 */
public record Verification(
        String kind,
        String status,
        String number,
        String registrationNumber,
        String name,
        String holder,
        String holderAr,
        String title,
        String craft,
        Integer hours,
        LocalDate issuedOn,
        LocalDate validUntil) {

    public static Verification invalid() {
        return new Verification("UNKNOWN", "INVALID", null, null, null, null, null, null, null, null, null, null);
    }
}
