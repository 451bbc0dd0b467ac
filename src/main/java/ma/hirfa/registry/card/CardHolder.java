package ma.hirfa.registry.card;

/** What a card prints about its holder, as the register knows it when the card is issued. */
public record CardHolder(
        long artisanId,
        String regionCode,
        String registrationNumber,
        String nameAr,
        String nameLat,
        String category,
        String craftCode) {}
