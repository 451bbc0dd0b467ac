package ma.hirfa.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The one way every module says no: a kind (which fixes the HTTP status), a message key with its arguments, and
 * optionally the fields at fault, each with its own key. Nothing has been written when it is thrown. The JSON
 * API answers it as RFC 9457 problem details, pages show the form again with every message ({@link FormPages});
 * a refusal no page handles still answers with its kind's status (it is an {@link ErrorResponseException}).
 *
 * <pre>{@code
 * throw Refusal.conflict("training.enrolment.full", session.capacity());
 * Refusal refusal = Refusal.invalid();
 * if (late) refusal.field("birthDate", "registry.artisan.birthDate.tooYoung");
 * refusal.throwIfAny();
 * }</pre>
 *
 * Arguments are kept as text so that numbers keep the Western digits used in Morocco (MessageFormat would write
 * ١٥ in Arabic).
 */
public class Refusal extends ErrorResponseException {

    /** What kind of no: the status follows from it, never from the message key. */
    public enum Kind {
        INVALID(HttpStatus.BAD_REQUEST),
        FORBIDDEN(HttpStatus.FORBIDDEN),
        NOT_FOUND(HttpStatus.NOT_FOUND),
        CONFLICT(HttpStatus.CONFLICT),
        GONE(HttpStatus.GONE),
        TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
        UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS),
        /** The database does not answer for a moment (ADR 0055): try again after {@code Retry-After}. */
        SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

        private final HttpStatus status;

        Kind(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    /** One refused field ({@code field} null for the request as a whole): a message key and its arguments. */
    public record Problem(String field, String key, List<String> args) implements Serializable {

        public Problem {
            args = List.copyOf(args);
        }

        public static Problem of(String field, String key, Object... args) {
            return new Problem(field, key, text(args));
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** A member of the API answer that is written in the caller's language, e.g. candidates with their reasons. */
    @FunctionalInterface
    public interface Localized {
        Object in(MessageSource messages, Locale locale);
    }

    /** The key a refusal made only of field problems is told with. */
    public static final String INVALID_KEY = "platform.api.invalid";

    private final Kind kind;
    private final String key;
    private final List<String> args;
    private final List<Problem> problems = new ArrayList<>();
    private final transient Map<String, Object> properties = new LinkedHashMap<>();
    private final transient Map<String, Object> shown = new LinkedHashMap<>();
    private String missing;

    private Refusal(Kind kind, String key, Object... args) {
        super(kind.status());
        this.kind = kind;
        this.key = key;
        this.args = text(args);
        setDetail(key);
    }

    /** A refusal of any kind, e.g. {@code Refusal.of(Kind.NOT_FOUND, "training.enrolment.unknownArtisan")}. */
    public static Refusal of(Kind kind, String key, Object... args) {
        return new Refusal(kind, key, args);
    }

    /** Bad input, told field by field with {@link #field}; throw it with {@link #throwIfAny()}. */
    public static Refusal invalid() {
        return new Refusal(Kind.INVALID, INVALID_KEY);
    }

    public static Refusal invalid(String key, Object... args) {
        return new Refusal(Kind.INVALID, key, args);
    }

    /** Bad input in one field, told by that field's message (as {@code detail} too). */
    public static Refusal invalidField(String field, String key, Object... args) {
        return new Refusal(Kind.INVALID, key, args).field(field, key, args);
    }

    public static Refusal forbidden(String key, Object... args) {
        return new Refusal(Kind.FORBIDDEN, key, args);
    }

    /**
     * A record that does not exist or lies outside the user's scope. Both answer 404 so that a user cannot learn
     * that a record of another region exists; {@code what} and {@code id} only go to the log.
     */
    public static Refusal notFound(String what, Object id) {
        Refusal refusal = new Refusal(Kind.NOT_FOUND, "platform.api.not-found");
        refusal.missing = what + " " + id + " not found";
        return refusal;
    }

    public static Refusal conflict(String key, Object... args) {
        return new Refusal(Kind.CONFLICT, key, args);
    }

    public static Refusal gone(String key, Object... args) {
        return new Refusal(Kind.GONE, key, args);
    }

    public static Refusal tooLarge(String key, Object... args) {
        return new Refusal(Kind.TOO_LARGE, key, args);
    }

    /** Adds a refused field; a second problem of the same field is kept too, so every message is shown. */
    public Refusal field(String field, String key, Object... args) {
        problems.add(Problem.of(field, key, args));
        return this;
    }

    /** Adds a problem of the request as a whole (shown on top of the form, without a field in the API). */
    public Refusal global(String key, Object... args) {
        problems.add(Problem.of(null, key, args));
        return this;
    }

    /** Adds the problems gathered as field → message key by rules that check several fields. */
    public Refusal fields(Map<String, String> keysByField) {
        keysByField.forEach((field, key) -> field(field, key));
        return this;
    }

    public Refusal problems(List<Problem> more) {
        problems.addAll(more);
        return this;
    }

    /**
     * An extra member of the API answer, e.g. the {@code existing} record of a conflict; a {@link Localized} value
     * is written in the caller's language.
     */
    public Refusal with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /**
     * A model attribute for the page that shows the form again (or, after a redirect, a flash attribute: then
     * {@link Serializable}), e.g. the duplicate candidates the user must look at.
     */
    public Refusal show(String name, Object value) {
        shown.put(name, value);
        return this;
    }

    /** The record the conflict is about, as the {@code Location} header of the API answer. */
    public Refusal location(String uri) {
        getHeaders().set(HttpHeaders.LOCATION, uri);
        return this;
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    public void throwIfAny() {
        if (any()) {
            throw this;
        }
    }

    /**
     * Whether the record the request is about does not exist or lies outside the user's scope ({@link
     * #notFound(String, Object)}): pages answer it with the 404 page rather than as a message on the form.
     */
    public boolean recordMissing() {
        return missing != null;
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return args.toArray();
    }

    List<String> textArguments() {
        return args;
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public Map<String, Object> shown() {
        return Collections.unmodifiableMap(shown);
    }

    @Override
    public String getMessage() {
        return missing != null ? missing : key + (problems.isEmpty() ? "" : " " + problems);
    }

    private static List<String> text(Object... args) {
        return args == null
                ? List.of()
                : Arrays.stream(args).map(String::valueOf).toList();
    }
}
