package ma.hirfa.platform.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Failures the security tests know about and skip until their fix is merged: each names the branch that fixes it.
 * The coordinator empties this list after merging those branches (then the tests prove the fixes). Each test
 * prints or writes the known failures it skipped, so a reviewer sees what is still open.
 */
final class KnownFailures {

    /**
     * @param method the HTTP method, or "*"
     * @param path a regular expression over the operation's path template
     * @param what a regular expression over "caller problem" (matrix) or the fuzz case's name
     * @param why the diagnosis and the branch that fixes it
     */
    record Known(String method, String path, String what, String why) {

        boolean matches(String method, String template, String caseName) {
            return (this.method.equals("*") || this.method.equals(method))
                    && Pattern.matches(path, template)
                    && Pattern.matches(what, caseName);
        }
    }

    static final List<Known> ALL = List.of();

    private KnownFailures() {}

    static Known find(String method, String template, String caseName) {
        return ALL.stream()
                .filter(k -> k.matches(method, template, caseName))
                .findFirst()
                .orElse(null);
    }
}
