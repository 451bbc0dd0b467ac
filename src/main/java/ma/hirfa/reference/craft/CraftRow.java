package ma.hirfa.reference.craft;

/** One valid line of an uploaded nomenclature file. */
record CraftRow(
        String code,
        String category,
        String branchFr,
        String branchAr,
        String branchZgh,
        String nameFr,
        String nameAr,
        String nameZgh) {}
