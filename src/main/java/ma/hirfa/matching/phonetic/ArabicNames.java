package ma.hirfa.matching.phonetic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic-script names: removes harakat and tatweel, folds the alef and hamza forms (أ إ آ ٱ → ا, ؤ → و, ئ →
 * ي), ة → ه, ى → ي, joins compounds (عبد الله → عبدالله, بن علي → بنعلي) and maps letters to the shared
 * consonant classes of {@link Skeletons}, dropping the article ال of each part.
 */
final class ArabicNames {

    /** Words that form one name with the word that follows them. */
    private static final Set<String> JOIN_NEXT =
            Set.of("عبد", "بن", "ابن", "بنت", "ايت", "اولاد", "ولد", "ابو", "بو", "ال", "او");

    /** عبد + a name with its article: the article is dropped (عبد الرحيم ~ Abderrahim, عبد العزيز ~ Abdelaziz). */
    private static final String COMPOUND_HEAD = "عبد";

    private ArabicNames() {}

    static boolean isArabicLetter(int c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFEFF);
    }

    /** Normalised words of {@code text}, compounds joined. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        if (text == null || text.isBlank()) {
            return words;
        }
        String folded = fold(text);
        String pending = null;
        for (String word : folded.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (pending != null) {
                word = pending + word;
                pending = null;
            }
            if (JOIN_NEXT.contains(word)) {
                pending = word;
            } else {
                words.add(word);
            }
        }
        if (pending != null) {
            words.add(pending);
        }
        return words;
    }

    static String fold(String text) {
        String s = needsCompatibilityForms(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char mapped = foldChar(c);
            if (mapped == ' ') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (mapped != 0) {
                out.append(mapped);
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** Presentation forms (ﻻ, ﺍ...) and other compatibility characters only come from old or PDF sources. */
    private static boolean needsCompatibilityForms(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0xFB50) {
                return true;
            }
        }
        return false;
    }

    private static char foldChar(char c) {
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED)) {
            return 0; // harakat, superscript alef, tatweel, Quranic marks
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ة':
                return 'ه';
            case 'ى', 'ی', 'ئ':
                return 'ي';
            case 'ؤ':
                return 'و';
            case 'ء':
                return 0;
            case 'ک':
                return 'ك';
            default:
                break;
        }
        if (isArabicLetter(c) || Character.isLetterOrDigit(c)) {
            return c;
        }
        return ' ';
    }

    /** Phonetic key of one normalised word (compound parts keyed separately, then joined). */
    static String skeleton(String word) {
        if (word.length() > COMPOUND_HEAD.length() + 1 && word.startsWith(COMPOUND_HEAD)) {
            return Skeletons.join(part(COMPOUND_HEAD), part(word.substring(COMPOUND_HEAD.length())));
        }
        return part(word);
    }

    private static String part(String word) {
        String w = word.length() > 3 && word.startsWith("ال") ? word.substring(2) : word;
        StringBuilder raw = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char k = letterClass(w.charAt(i));
            if (k != 0) {
                raw.append(k);
            }
        }
        String key = Skeletons.finish(raw);
        return key.isEmpty() ? Skeletons.VOWELS_ONLY : key;
    }

    private static char letterClass(char c) {
        return switch (c) {
            case 'ب', 'پ' -> 'B';
            case 'ت', 'ط', 'ث' -> 'T';
            case 'د', 'ض', 'ذ', 'ظ' -> 'D';
            case 'ج' -> 'J';
            case 'ك', 'ق', 'غ', 'خ', 'گ', 'ڭ' -> 'K';
            case 'ه', 'ح' -> 'H';
            case 'ش' -> 'C';
            case 'س', 'ص' -> 'S';
            case 'ز' -> 'Z';
            case 'ف', 'ڤ' -> 'F';
            case 'ل' -> 'L';
            case 'م' -> 'M';
            case 'ن' -> 'N';
            case 'ر' -> 'R';
            default -> 0; // ا و ي ع and anything else carry no key
        };
    }
}
