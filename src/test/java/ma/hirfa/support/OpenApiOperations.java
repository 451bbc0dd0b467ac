package ma.hirfa.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations of the running application as its OpenAPI description ({@code /v3/api-docs}, springdoc) lists
 * them, so security tests cover every operation, including those added after the test was written. One reader for
 * the access matrix and the write fuzz test (ADR 0045): operations, their path variables, query parameters and
 * request body schema ({@code $ref}s resolved), and a plausible value for any schema.
 */
public final class OpenApiOperations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    private final JsonNode document;
    private final List<Operation> operations;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    found.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), operation));
                }
            }
        }
        found.sort(Comparator.comparing(Operation::writes)
                .thenComparing(o -> o.method().equals("DELETE"))
                .thenComparing(Operation::key));
        this.operations = List.copyOf(found);
    }

    /** Reads the description of the application listening on the port (springdoc serves it to anyone). */
    public static OpenApiOperations of(int port) {
        WebResponse docs = new WebSession(port).get("/v3/api-docs", "Accept", "application/json");
        if (docs.status() != 200) {
            throw new IllegalStateException("/v3/api-docs answered " + docs.status());
        }
        return new OpenApiOperations(JSON.readTree(docs.body()));
    }

    /** Every operation: reads first, then writes, deletions last, each group by path. */
    public List<Operation> all() {
        return operations;
    }

    public List<Operation> writes() {
        return operations.stream().filter(Operation::writes).toList();
    }

    /** The properties of the operation's JSON (or multipart) body, by name, with their schemas resolved. */
    public Map<String, JsonNode> bodyProperties(Operation operation) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        collect(resolve(operation.bodySchema()), properties);
        return properties;
    }

    /** The names of the operation's query parameters, the properties of an object parameter included. */
    public List<String> queryNames(Operation operation) {
        List<String> names = new ArrayList<>();
        operation.queryParameters().forEach((name, schema) -> {
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            collect(resolve(schema), properties);
            if (properties.isEmpty()) {
                names.add(name);
            } else {
                names.addAll(properties.keySet());
            }
        });
        return names;
    }

    /**
     * The required query parameters with plausible values ({@link #sample}), as a query string; an object
     * parameter (a filter) is sent as nothing, its properties being optional.
     */
    public String requiredQuery(Operation operation) {
        List<String> pairs = new ArrayList<>();
        operation.requiredQuery().forEach((name, schema) -> {
            JsonNode value = sample(schema);
            if (value.isValueNode() && !value.isNull()) {
                pairs.add(name + "=" + URLEncoder.encode(value.asString(), StandardCharsets.UTF_8));
            }
        });
        return String.join("&", pairs);
    }

    /**
     * A plausible value for a schema: the first of an enum, a date of last year for a date, 1 for a number,
     * "Tissage" for a text; objects get every property. What fuzz cases start from, and what fills required query
     * parameters.
     */
    public JsonNode sample(JsonNode schema) {
        return sample(resolve(schema), 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema == null || schema.isMissingNode() || depth > 4) {
            return nodes.nullNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        switch (type) {
            case "integer":
                return nodes.numberNode(1);
            case "number":
                return nodes.numberNode(1.5);
            case "boolean":
                return nodes.booleanNode(true);
            case "array":
                return nodes.arrayNode();
            case "string":
                if (format.equals("date")) {
                    return nodes.stringNode(LocalDate.now().minusYears(1).toString());
                }
                if (format.equals("date-time")) {
                    return nodes.stringNode(LocalDate.now().minusYears(1) + "T10:00:00Z");
                }
                if (format.equals("binary")) {
                    return nodes.stringNode("");
                }
                return nodes.stringNode("Tissage");
            default:
                Map<String, JsonNode> properties = new LinkedHashMap<>();
                collect(schema, properties);
                ObjectNode object = nodes.objectNode();
                properties.forEach((name, property) -> object.set(name, sample(resolve(property), depth + 1)));
                return object;
        }
    }

    /** The schema itself, or the one its {@code $ref} names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; current != null && current.has("$ref") && i < 10; i++) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private void collect(JsonNode schema, Map<String, JsonNode> into) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        schema.path("allOf").forEach(part -> collect(resolve(part), into));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            into.put(property.getKey(), resolve(property.getValue()));
        }
    }

    private Operation operation(String method, String path, JsonNode operation) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        Map<String, JsonNode> query = new LinkedHashMap<>();
        Map<String, JsonNode> requiredQuery = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = resolve(parameter);
            if (p.path("in").asString("").equals("query")) {
                query.put(p.path("name").asString(), p.path("schema"));
                if (p.path("required").asBoolean(false)) {
                    requiredQuery.put(p.path("name").asString(), p.path("schema"));
                }
            }
        }
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        List<String> consumes = new ArrayList<>();
        JsonNode bodySchema = null;
        for (Map.Entry<String, JsonNode> type : content.properties()) {
            consumes.add(type.getKey());
            if (bodySchema == null) {
                bodySchema = type.getValue().path("schema");
            }
        }
        return new Operation(
                method,
                path,
                operation.path("operationId").asString(method + " " + path),
                List.copyOf(variables),
                query,
                requiredQuery,
                List.copyOf(consumes),
                bodySchema);
    }

    /** One operation of the description; {@code path} is its template, e.g. {@code /api/v1/vae/juries/{id}}. */
    public record Operation(
            String method,
            String path,
            String id,
            List<String> pathVariables,
            Map<String, JsonNode> queryParameters,
            Map<String, JsonNode> requiredQuery,
            List<String> consumes,
            JsonNode bodySchema) {

        /** A page (or any GET outside the description) as an operation, e.g. {@code /vae/juries/{id}}. */
        public static Operation get(String path) {
            List<String> variables = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(path);
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
            return new Operation("GET", path, path, List.copyOf(variables), Map.of(), Map.of(), List.of(), null);
        }

        public boolean writes() {
            return !method.equals("GET");
        }

        public boolean multipart() {
            return consumes.stream().anyMatch(c -> c.startsWith("multipart/"));
        }

        public String key() {
            return method + " " + path;
        }

        /** The path segment just before a variable, which names what it identifies ("sessions" for {id}). */
        public String segmentBefore(String variable) {
            int at = path.indexOf("{" + variable);
            String before = path.substring(0, Math.max(at - 1, 0));
            return before.substring(before.lastIndexOf('/') + 1);
        }

        /** The path with each variable replaced by the value the function gives for its name. */
        public String fill(Function<String, String> value) {
            Matcher matcher = VARIABLE.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value.apply(matcher.group(1))));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }
    }
}
