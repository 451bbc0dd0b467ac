package ma.hirfa.platform.security;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.support.OpenApiOperations.Operation;

/**
 * One request of the access matrix: an operation (or a page) with its variables filled from one region's files.
 *
 * @param path the template, e.g. {@code /api/v1/training/sessions/{id}}
 * @param url what is requested, ids and query included
 * @param region the region of the files named in the path; null when it names none
 * @param unknownId whether a variable names a kind the matrix cannot make (it gets {@link AccessRules#UNKNOWN})
 * @param healthAuditType the health audit type asked for with {@code entityType}, or null
 */
record MatrixRow(
        String method,
        String path,
        String url,
        String region,
        boolean unknownId,
        boolean page,
        boolean multipart,
        String healthAuditType) {

    boolean writes() {
        return !method.equals("GET") && !AccessRules.READS_BY_POST.contains(path);
    }

    boolean health() {
        return AccessRules.isHealth(path);
    }

    String label() {
        return method + " " + url;
    }

    /**
     * The requests for an operation: once per region when a variable names a regional file, once otherwise; and
     * once more per health audit type when the operation filters by {@code entityType}.
     */
    static List<MatrixRow> of(
            Operation operation, List<RegionData> regions, String query, boolean page, boolean byEntityType) {
        List<MatrixRow> rows = new ArrayList<>();
        boolean regional = operation.pathVariables().stream().anyMatch(v -> {
            String kind = AccessRules.kindOf(operation.path(), operation.segmentBefore(v));
            return kind != null && !AccessRules.NATIONAL.contains(kind) && !AccessRules.WORDS.containsKey(v);
        });
        for (RegionData data : regional ? regions : regions.subList(0, 1)) {
            boolean[] unknown = {false};
            String filled = operation.fill(variable -> {
                if (AccessRules.WORDS.containsKey(variable)) {
                    return AccessRules.WORDS.get(variable);
                }
                String kind = AccessRules.kindOf(operation.path(), operation.segmentBefore(variable));
                Long id = kind == null ? null : data.ids().get(kind);
                if (id == null) {
                    unknown[0] = true;
                    return String.valueOf(AccessRules.UNKNOWN);
                }
                return String.valueOf(id);
            });
            String url = filled + (query.isEmpty() ? "" : (filled.contains("?") ? "&" : "?") + query);
            String region = regional ? data.region() : null;
            boolean multipart = operation.multipart();
            rows.add(new MatrixRow(
                    operation.method(), operation.path(), url, region, unknown[0], page, multipart, null));
            if (byEntityType) {
                for (String type : AccessRules.HEALTH_AUDIT_TYPES) {
                    String typed = url + (url.contains("?") ? "&" : "?") + "entityType=" + type;
                    rows.add(new MatrixRow(
                            operation.method(), operation.path(), typed, region, unknown[0], page, multipart, type));
                }
            }
        }
        return rows;
    }
}
