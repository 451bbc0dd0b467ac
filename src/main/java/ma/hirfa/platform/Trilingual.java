package ma.hirfa.platform;

import java.util.List;
import java.util.Locale;

/**
 * A text people enter in Hirfa's three languages (a competency, a criterion), where a translation may still be
 * missing. {@link #in(Language)} says which language is actually shown, so a page can mark the fallback
 * ({@code platform/text :: wording}); {@link #text(Locale)} gives the best text for a document.
 */
public record Trilingual(String ar, String fr, String zgh) {

    public Trilingual {
        ar = blankToNull(ar);
        fr = blankToNull(fr);
        zgh = blankToNull(zgh);
    }

    /** The text in {@code language}, else the first there is: French then Arabic (Arabic then French for French). */
    public Wording in(Language language) {
        return order(language).stream()
                .filter(l -> of(l) != null)
                .findFirst()
                .map(l -> new Wording(of(l), l, l != language))
                .orElse(new Wording("", language, true));
    }

    /** The text for a document printed in {@code locale}, with the same fallback as pages (no marker). */
    public String text(Locale locale) {
        return in(Language.of(locale)).text();
    }

    public boolean isEmpty() {
        return ar == null && fr == null && zgh == null;
    }

    private String of(Language language) {
        return switch (language) {
            case AR -> ar;
            case FR -> fr;
            case ZGH -> zgh;
        };
    }

    private static List<Language> order(Language language) {
        return switch (language) {
            case AR -> List.of(Language.AR, Language.FR, Language.ZGH);
            case FR -> List.of(Language.FR, Language.AR, Language.ZGH);
            case ZGH -> List.of(Language.ZGH, Language.FR, Language.AR);
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What a page shows: the text, its language, and whether it stands in for a missing translation. */
    public record Wording(String text, Language language, boolean fallback) {

        public String lang() {
            return language.code();
        }
    }
}
