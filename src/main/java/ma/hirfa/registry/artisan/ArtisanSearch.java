package ma.hirfa.registry.artisan;

/**
 * Filters of the artisan list and API; every field is optional. {@code q} finds a name in Arabic or Latin
 * script, a national id or a registration number. The next four are the home page's work queue links: a region
 * (for national users), files the signed-in user recorded or submitted ({@code mine=1}), files with an open
 * request of a kind, and files with a correction waiting for a manager's decision; {@code importJob} keeps the
 * drafts one import created.
 */
record ArtisanSearch(
        String q,
        String nationalId,
        String province,
        String commune,
        String craft,
        Category category,
        ArtisanStatus status,
        String region,
        Boolean mine,
        ArtisanRequests.Kind request,
        Boolean correction,
        Long importJob) {

    static ArtisanSearch none() {
        return of(null);
    }

    /** Only a status (the work queue's counts). */
    static ArtisanSearch of(ArtisanStatus status) {
        return new ArtisanSearch(null, null, null, null, null, null, status, null, null, null, null, null);
    }

    ArtisanSearch mineOnly() {
        return new ArtisanSearch(
                q,
                nationalId,
                province,
                commune,
                craft,
                category,
                status,
                region,
                true,
                request,
                correction,
                importJob);
    }

    ArtisanSearch withRequest(ArtisanRequests.Kind kind) {
        return new ArtisanSearch(
                q, nationalId, province, commune, craft, category, status, region, mine, kind, correction, importJob);
    }

    ArtisanSearch withPendingCorrection() {
        return new ArtisanSearch(
                q, nationalId, province, commune, craft, category, status, region, mine, request, true, importJob);
    }
}
