package ma.hirfa.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.hirfa.support.OpenApiOperations;
import ma.hirfa.support.OpenApiOperations.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile requests of the write fuzz test for one operation (ADR 0045): a plausible body from the
 * operation's schema with one field made hostile (texts, numbers at and past limits, wrong JSON types, a list of
 * 10,000; for a multipart operation, hostile file names, contents and form fields), plus, for every operation, broken JSON, a broken multipart body and a body over the 1 MB limit. Field
 * cases are drawn with the test's seeded random, a bounded number per operation; every list field also gets a list
 * of 10,000 items, every time.
 *
 * @param name what the case does, e.g. {@code amountClaimed=1e400}; what {@link KnownFailures} matches
 */
record FuzzCase(String name, String contentType, byte[] body) {

    static final List<String> TEXTS = List.of(
            "a\u0000b",
            "a\u202eb\u2066c",
            "a\u200b\u200db\ufeff",
            "\u061c\u0600x",
            "x".repeat(10_000),
            "'; DROP TABLE reg_artisan; --",
            "<script>alert(1)</script><img src=x onerror=alert(1)>",
            "تعاونية الواحة للنسيج",
            "ⵜⴰⵎⴰⵣⵉⵖⵜ ⴷ ⵜⵉⴼⵉⵏⴰⵖ",
            "e\u0301\u0301\u0301\u0301\u0301",
            "  ",
            "\r\n\t");

    /** Raw JSON literals: at and past the limits of int, long, decimal columns and of double itself. */
    static final List<String> NUMBERS = List.of(
            "0",
            "-1",
            "1e20",
            "1e400",
            "123456789012.5",
            "99999999999999999999999999",
            "2147483648",
            "-9223372036854775809",
            "0.0000000001");

    /** Raw JSON values of the wrong type for most fields. */
    static final List<String> WRONG_TYPES =
            List.of("\"not a number\"", "12345", "true", "{}", "[\"x\"]", "\"2024-13-45\"", "\"+999999999-12-31\"");

    private static final String PLACEHOLDER = "\"__fuzz__\"";
    private static final int OVER_LIMIT = 1024 * 1024 + 4096;

    /** The cases of one operation: every whole-body case, and at most {@code fieldCases} field cases. */
    static List<FuzzCase> of(OpenApiOperations docs, Operation operation, Random random, int fieldCases) {
        List<FuzzCase> fields = new ArrayList<>();
        List<FuzzCase> always = new ArrayList<>();
        JsonNode sample = operation.bodySchema() == null ? null : docs.sample(operation.bodySchema());
        if (sample instanceof ObjectNode base) {
            for (Map.Entry<String, JsonNode> property :
                    docs.bodyProperties(operation).entrySet()) {
                String name = property.getKey();
                String type = property.getValue().path("type").asString("");
                List<String> values = new ArrayList<>(WRONG_TYPES);
                if (type.equals("string")) {
                    TEXTS.forEach(t -> values.add(json(t)));
                } else if (type.equals("integer") || type.equals("number")) {
                    values.addAll(NUMBERS);
                } else if (type.equals("array")) {
                    always.add(json(name + "=10000 items", with(base, name, tenThousand(docs, property.getValue()))));
                }
                for (String value : values) {
                    fields.add(json(name + "=" + abbreviate(value), with(base, name, value)));
                }
            }
        }
        if (operation.multipart()) {
            docs.bodyProperties(operation).forEach((name, schema) -> {
                boolean file = schema.path("format").asString("").equals("binary");
                for (String text : TEXTS) {
                    fields.add(
                            file
                                    ? multipart(name + " named " + abbreviate(text), name, text, "%PDF-1.4\n%%EOF")
                                    : multipart(name + "=" + abbreviate(text), name, null, text));
                }
                if (file) {
                    for (String content :
                            List.of("", "%PDF-1.4 not really", "\u0089PNG\r\n\u001a\n broken", "GIF89a")) {
                        fields.add(multipart(name + " holding " + abbreviate(content), name, "piece.pdf", content));
                    }
                }
            });
        }
        Collections.shuffle(fields, random);
        List<FuzzCase> cases = new ArrayList<>(fields.subList(0, Math.min(fieldCases, fields.size())));
        cases.addAll(always);
        cases.add(json("broken JSON", "{\"a\":"));
        cases.add(json("JSON null", "null"));
        cases.add(json("JSON array", "[1,2,3]"));
        cases.add(json("deep nesting", "[".repeat(5_000) + "]".repeat(5_000)));
        cases.add(new FuzzCase(
                "broken multipart",
                "multipart/form-data; boundary=fuzz",
                "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"
                        .getBytes(StandardCharsets.UTF_8)));
        cases.add(new FuzzCase(
                "multipart without boundary", "multipart/form-data", "abc".getBytes(StandardCharsets.UTF_8)));
        cases.add(json("body over 1 MB", "{\"note\":\"" + "x".repeat(OVER_LIMIT) + "\"}"));
        return cases;
    }

    /** A well-formed multipart body with one part: a file when it has a name, a form field otherwise. */
    private static FuzzCase multipart(String name, String part, String fileName, String content) {
        String boundary = "fuzzpart";
        String disposition = "Content-Disposition: form-data; name=\"" + part + "\""
                + (fileName == null
                        ? ""
                        : "; filename=\""
                                + fileName.replace("\"", "%22")
                                        .replace("\r", "")
                                        .replace("\n", "") + "\"\r\nContent-Type: application/pdf");
        String body = "--" + boundary + "\r\n" + disposition + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return new FuzzCase(
                "multipart " + name,
                "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static FuzzCase json(String name, String body) {
        return new FuzzCase(name, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String with(ObjectNode base, String field, String rawValue) {
        ObjectNode copy = base.deepCopy();
        copy.put(field, "__fuzz__");
        return copy.toString().replace(PLACEHOLDER, rawValue);
    }

    /** A list of 10,000 plausible items (10,000 beneficiaries in one enrolment). */
    private static String tenThousand(OpenApiOperations docs, JsonNode arraySchema) {
        String item = docs.sample(arraySchema.path("items")).toString();
        return "[" + String.join(",", Collections.nCopies(10_000, item)) + "]";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String abbreviate(String value) {
        String shown = value.length() > 40 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
        StringBuilder escaped = new StringBuilder();
        shown.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x200b && c <= 0x206f) || c == 0xfeff || c == 0x061c || c == 0x0600) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
