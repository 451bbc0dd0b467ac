package ma.hirfa.platform;

import java.util.List;

/**
 * A module's records named by an {@code {id}} in its API paths, so that a write to a record the user may not see
 * is answered 404 before its body is read (ADR 0044): a user of another region learns nothing from a 400 about
 * the body. The platform checks every POST, PUT, PATCH and DELETE under {@code /api/} against these patterns.
 */
public interface PathRecords {

    /** Path patterns in Spring's syntax with an {@code {id}} variable, e.g. {@code /api/v1/x/things/{id}/**}. */
    List<String> patterns();

    /** Throws {@link Refusal#notFound} when the current user may not see record {@code id}. */
    void checkVisible(long id);
}
