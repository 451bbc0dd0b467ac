package ma.hirfa.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number in E.164 ({@code +212612345678}), read with Google's libphonenumber as Moroccan unless it
 * carries another country code: {@code 06 12 34 56 78}, {@code 00212 612345678} and {@code +212 6 12 34 56 78}
 * are the same number. The one phone rule for every form, import and API (ADR 0030).
 */
public record PhoneNumber(String value) {

    /** Message key of the refusal, translated in every language. */
    public static final String INVALID = "platform.phone.invalid";

    private static final String MOROCCO = "MA";
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw new IllegalArgumentException(INVALID);
        }
    }

    /** The number typed, if libphonenumber finds it valid. */
    public static Optional<PhoneNumber> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(raw.strip(), MOROCCO);
            return PHONES.isValidNumber(number)
                    ? Optional.of(new PhoneNumber(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)))
                    : Optional.empty();
        } catch (NumberParseException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The number in E.164 when it is valid; otherwise the text as typed (stripped), so that the check refusing
     * it can show what was typed; null when blank.
     */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return parse(raw).map(PhoneNumber::value).orElse(raw.strip());
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /** Whether a normalised text is a number in E.164 (what {@link #normalise} gives for a valid number). */
    public static boolean isE164(String normalised) {
        return normalised != null && E164.matcher(normalised).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
