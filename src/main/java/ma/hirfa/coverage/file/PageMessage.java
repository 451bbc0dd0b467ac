package ma.hirfa.coverage.file;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.coverage.rights.Explanation;

/**
 * A message for a form kept across the redirect as a key and its arguments, so that it is translated when the
 * page is shown, in the page's language.
 */
public record PageMessage(String key, ArrayList<String> args) implements Serializable {

    static PageMessage of(Explanation e) {
        return new PageMessage(e.key(), new ArrayList<>(e.args()));
    }

    static PageMessage of(String key) {
        return new PageMessage(key, new ArrayList<>(List.of()));
    }

    public Object[] arguments() {
        return Explanation.of(key, args.toArray()).isolatedArguments();
    }
}
