package ma.hirfa.reference.craft;

import java.time.Instant;

record NomenclatureVersion(
        long id, String label, boolean official, boolean active, Instant importedAt, String importedBy, int crafts) {}
