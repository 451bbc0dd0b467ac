package ma.hirfa.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Moroccan national identity card number (CNIE): one or two letters then up to eight digits, kept upper case
 * without spaces ({@code "ab 12345"} is {@code AB12345}). The one rule for every form, import and API that takes
 * a national id (ADR 0030); the value is stored and shown as this text.
 */
public record NationalId(String value) {

    /** Message key of the refusal, translated in every language. */
    public static final String INVALID = "platform.nationalId.invalid";

    private static final Pattern CNIE = Pattern.compile("[A-Z]{1,2}[0-9]{1,8}");

    public NationalId {
        if (value == null || !CNIE.matcher(value).matches()) {
            throw new IllegalArgumentException(INVALID);
        }
    }

    /** The text as it will be stored (spaces removed, upper case), valid or not; null when blank. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return withoutSpaces(raw).toUpperCase(Locale.ROOT);
    }

    /**
     * The text without the characters of the regular expression {@code \s} (space, tab, line breaks, vertical
     * tab, form feed), without compiling an expression for each of an import's million ids.
     */
    private static String withoutSpaces(String raw) {
        StringBuilder kept = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && kept == null) {
                kept = new StringBuilder(raw.length()).append(raw, 0, i);
            } else if (!space && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? raw : kept.toString();
    }

    /** The national id typed, if it is one. */
    public static Optional<NationalId> parse(String raw) {
        String v = normalise(raw);
        return v != null && CNIE.matcher(v).matches() ? Optional.of(new NationalId(v)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    @Override
    public String toString() {
        return value;
    }
}
