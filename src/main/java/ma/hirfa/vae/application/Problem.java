package ma.hirfa.vae.application;

import java.util.Arrays;
import java.util.List;

/**
 * One refused field (or "" for the whole request): a message key and its arguments, kept as text so that
 * numbers keep Western digits in Arabic messages.
 */
public record Problem(String field, String key, List<Object> args) {

    public static Problem of(String field, String key, Object... args) {
        return new Problem(
                field,
                key,
                Arrays.stream(args).map(a -> (Object) String.valueOf(a)).toList());
    }
}
