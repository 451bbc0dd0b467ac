package ma.hirfa.registry.artisan;

/**
 * Filters of the artisan list and API; every field is optional. {@code q} finds a name in Arabic or Latin
 * script, a national id or a registration number; {@code importJob} keeps the drafts one import created.
 */
record ArtisanSearch(
        String q,
        String nationalId,
        String province,
        String commune,
        String craft,
        Category category,
        ArtisanStatus status,
        Long importJob) {

    static ArtisanSearch none() {
        return new ArtisanSearch(null, null, null, null, null, null, null, null);
    }
}
