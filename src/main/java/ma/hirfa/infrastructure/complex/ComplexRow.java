package ma.hirfa.infrastructure.complex;

/** A line of the complexes list (page and API): the complex and how many of its units are vacant or let. */
record ComplexRow(
        long id,
        String nameAr,
        String nameFr,
        String nameZgh,
        String provinceCode,
        String regionCode,
        ComplexStatus status,
        Units units) {

    /** Units by status: {@code vacant} and {@code allocated} as the units feature records them in infra_unit. */
    record Units(long total, long vacant, long allocated) {}
}
