package ma.hirfa.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three languages of Hirfa. Arabic is the default and is written right to left. */
public enum Language {
    AR("ar", true),
    FR("fr", false),
    ZGH("zgh", false);

    public static final Language DEFAULT = AR;

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /**
     * Of three values written per language (a record's {@code nameAr}, {@code nameFr}, {@code nameZgh}), the one in
     * this language, blank or not; a text that falls back to another language when missing is a {@link Trilingual}.
     */
    public <T> T pick(T ar, T fr, T zgh) {
        return switch (this) {
            case AR -> ar;
            case FR -> fr;
            case ZGH -> zgh;
        };
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of a code such as {@code fr} or {@code zgh-Tfng-MA}; empty when Hirfa does not speak it. */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }

    public static Language of(Locale locale) {
        return of(locale == null ? null : locale.getLanguage()).orElse(DEFAULT);
    }
}
