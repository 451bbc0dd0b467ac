package ma.hirfa.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Trilingual;

/**
 * A competency a programme teaches or a certificate attests, in Arabic, French and Tamazight; a translation may
 * be missing, then {@link #in(Language)} shows another language, marked as a fallback, and {@link #text(Locale)}
 * gives a printed document the best text there is.
 */
public record Competency(String ar, String fr, String zgh) {

    public Trilingual.Wording in(Language language) {
        return texts().in(language);
    }

    /** The text a document prints in {@code locale} (the certificate PDF prints one block per language). */
    public String text(Locale locale) {
        return texts().text(locale);
    }

    public Trilingual texts() {
        return new Trilingual(ar, fr, zgh);
    }

    /**
     * Competencies kept one a line in each language, the n-th line of each language being the same competency;
     * a language with fewer lines leaves the last competencies untranslated.
     */
    public static List<Competency> lines(String ar, String fr, String zgh) {
        List<String> a = split(ar);
        List<String> f = split(fr);
        List<String> z = split(zgh);
        int count = Math.max(a.size(), Math.max(f.size(), z.size()));
        List<Competency> competencies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Competency competency = new Competency(at(a, i), at(f, i), at(z, i));
            if (!competency.texts().isEmpty()) {
                competencies.add(competency);
            }
        }
        return List.copyOf(competencies);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.strip().split("\\R")).map(String::strip).toList();
    }

    private static String at(List<String> lines, int index) {
        return index < lines.size() && !lines.get(index).isEmpty() ? lines.get(index) : null;
    }
}
