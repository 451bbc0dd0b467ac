package ma.hirfa.coverage.file;

import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * What one form of the artisan's page gets back after a post: the values as typed and one message per refused
 * field, or the notice that it was saved. {@code name} tells which form (e.g. {@code decision-42}).
 */
public record PageForm(String name, Serializable values, LinkedHashMap<String, PageMessage> errors, PageMessage notice)
        implements Serializable {

    public boolean is(String form) {
        return name.equals(form);
    }

    public boolean refused(String field) {
        return errors.containsKey(field);
    }

    public PageMessage error(String field) {
        return errors.get(field);
    }
}
