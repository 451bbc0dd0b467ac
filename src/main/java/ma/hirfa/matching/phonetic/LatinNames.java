package ma.hirfa.matching.phonetic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Latin-script names as French and English clerks write Moroccan names: case, accents (aït/ait), apostrophes
 * and hyphens folded; the article (el, al, l', and its assimilated forms es, et, er...) dropped; particles
 * (ben, bin, ibn, aït, ou, bou, abd...) joined to the next word; letters and digraphs mapped to the shared
 * consonant classes of {@link Skeletons} (ch/sh → C, kh/gh/q/k/g → K, ou/w/u and all vowels carry no key).
 */
final class LatinNames {

    private static final Set<String> ARTICLES =
            Set.of("el", "al", "l", "il", "ul", "ed", "es", "et", "er", "ez", "en", "ech", "ad", "as", "at", "az");
    private static final Set<String> JOIN_NEXT = Set.of(
            "ben", "bin", "ibn", "bent", "bint", "ait", "ayt", "aith", "ou", "u", "ould", "oulad", "ouled", "abou",
            "abu", "bou", "bu", "abd", "abdel", "abdal", "abdul", "abdoul", "abde");
    private static final Pattern COMPOUND = Pattern.compile("abd(?=[a-z]*[bcdfgjklmnpqrstvxz])");
    private static final Pattern ARTICLE_AFTER_ABD = Pattern.compile("^(?:el|al|ul|oul|il|l)(?=[a-z]{2})");

    /** Joins a particle to its word without creating a digraph across the seam (ait + haddou is not "th"). */
    static final char SEAM = '_';

    private static final Set<String> ABD = Set.of("abd", "abdel", "abdal", "abdul", "abdoul", "abde");

    private LatinNames() {}

    static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        if (text == null || text.isBlank()) {
            return words;
        }
        String[] raw = fold(text).split(" ");
        int kept = 0;
        for (String word : raw) {
            if (!word.isEmpty() && !ARTICLES.contains(word)) {
                kept++;
            }
        }
        String pending = null;
        for (String word : raw) {
            if (word.isEmpty() || (kept > 0 && ARTICLES.contains(word))) {
                continue;
            }
            if (pending != null) {
                word = pending + SEAM + word;
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
        String s = ascii(text)
                ? text
                : Normalizer.normalize(text.replace('ç', 's').replace('Ç', 's'), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                out.append(lower);
            } else if (lower == 'ß') {
                out.append("ss");
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String skeleton(String word) {
        int seam = word.indexOf(SEAM);
        if (seam > 0) {
            String head = word.substring(0, seam);
            String rest = word.substring(seam + 1);
            if (ABD.contains(head)) {
                return Skeletons.join(
                        "BD", skeleton(ARTICLE_AFTER_ABD.matcher(rest).replaceFirst("")));
            }
            return Skeletons.join(part(head), skeleton(rest));
        }
        if (word.length() > 4 && COMPOUND.matcher(word).lookingAt()) {
            String rest = ARTICLE_AFTER_ABD.matcher(word.substring(3)).replaceFirst("");
            return Skeletons.join("BD", part(rest));
        }
        return part(word);
    }

    private static String part(String w) {
        StringBuilder raw = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            char n = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            char nn = i + 2 < w.length() ? w.charAt(i + 2) : 0;
            int step = 1;
            char k = 0;
            switch (c) {
                case 's' -> {
                    if (n == 'h') {
                        k = 'C';
                        step = 2;
                    } else if (n == 'c' && nn == 'h') {
                        k = 'C';
                        step = 3;
                    } else {
                        k = 'S';
                    }
                }
                case 'c' -> {
                    if (n == 'h') {
                        k = 'C';
                        step = 2;
                    } else if (n == 'k') {
                        k = 'K';
                        step = 2;
                    } else {
                        k = soft(n) ? 'S' : 'K';
                    }
                }
                case 'g' -> {
                    if (n == 'h') {
                        k = 'K';
                        step = 2;
                    } else if (n == 'u' && vowel(nn)) {
                        k = 'K';
                        step = 2;
                    } else {
                        k = soft(n) ? 'J' : 'K';
                    }
                }
                case 'k' -> {
                    k = 'K';
                    step = n == 'h' ? 2 : 1;
                }
                case 'q' -> k = 'K';
                case 'p' -> {
                    k = n == 'h' ? 'F' : 'B';
                    step = n == 'h' ? 2 : 1;
                }
                case 't' -> {
                    if (n == 'h') {
                        k = 'T';
                        step = 2;
                    } else if (n == 'c' && nn == 'h') {
                        k = 'C';
                        step = 3;
                    } else {
                        k = 'T';
                    }
                }
                case 'd' -> {
                    if (n == 'h') {
                        k = 'D';
                        step = 2;
                    } else if (n == 'j') {
                        k = 'J';
                        step = 2;
                    } else {
                        k = 'D';
                    }
                }
                case 'x' -> {
                    raw.append('K');
                    k = 'S';
                }
                case 'j' -> k = 'J';
                case 'z' -> k = 'Z';
                case 'f', 'v' -> k = 'F';
                case 'b' -> k = 'B';
                case 'h' -> k = 'H';
                case 'l' -> k = 'L';
                case 'm' -> k = 'M';
                case 'n' -> k = 'N';
                case 'r' -> k = 'R';
                default -> k = 0; // a e i o u w y
            }
            if (k != 0) {
                raw.append(k);
            }
            i += step;
        }
        String key = Skeletons.finish(raw);
        return key.isEmpty() ? Skeletons.VOWELS_ONLY : key;
    }

    private static boolean soft(char c) {
        return c == 'e' || c == 'i' || c == 'y';
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
