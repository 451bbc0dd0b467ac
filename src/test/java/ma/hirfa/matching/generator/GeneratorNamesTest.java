package ma.hirfa.matching.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import ma.hirfa.matching.IdentityMatching;
import org.junit.jupiter.api.Test;

/**
 * Properties of the phonetic keys checked over every name the generator knows (its Arabic forms with the
 * Latin spellings clerks use), with random alterations from a fixed seed.
 */
class GeneratorNamesTest {

    /** Fatna is a Moroccan short form of Fatima (فاطنة), not a spelling of فاطمة: its key rightly differs. */
    private static final String NOT_A_SPELLING = "Fatna";

    @Test
    void everyLatinSpellingOfEveryGeneratorNameHasTheKeysOfItsArabicForm() {
        for (String[][] table : new String[][][] {NameParts.FIRST, NameParts.ROOT}) {
            for (String[] forms : table) {
                for (int i = 1; i < forms.length; i++) {
                    if (!forms[i].equals(NOT_A_SPELLING)) {
                        assertThat(IdentityMatching.queryTokens(forms[i]))
                                .as("%s versus %s", forms[i], forms[0])
                                .isEqualTo(IdentityMatching.queryTokens(forms[0]));
                    }
                }
            }
        }
    }

    @Test
    void harakatAndTatweelAnywhereInAnArabicNameChangeNothing() {
        SplittableRandom random = new SplittableRandom(1);
        char[] marks = {'\u064B', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0640'};
        assertKeysSurvive(random, true, s -> {
            int at = 1 + random.nextInt(s.length() - 1);
            return s.substring(0, at) + marks[random.nextInt(marks.length)] + s.substring(at);
        });
    }

    @Test
    void caseAccentsAndSeparatorsInALatinNameChangeNothing() {
        SplittableRandom random = new SplittableRandom(2);
        assertKeysSurvive(random, false, s -> {
            StringBuilder out = new StringBuilder();
            for (char c : s.toCharArray()) {
                out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
                if (c == 'e' && random.nextInt(4) == 0) {
                    out.setCharAt(out.length() - 1, 'é');
                }
            }
            return random.nextBoolean() ? " " + out + "  " : out.toString();
        });
    }

    private static void assertKeysSurvive(SplittableRandom random, boolean arabic, UnaryOperator<String> alteration) {
        for (int round = 0; round < 2_000; round++) {
            String[][] table = random.nextBoolean() ? NameParts.ROOT : NameParts.FIRST;
            String[] forms = table[random.nextInt(table.length)];
            String name = forms[arabic ? 0 : 1 + random.nextInt(forms.length - 1)];
            String altered = alteration.apply(name);
            assertThat(IdentityMatching.queryTokens(altered))
                    .as("%s altered to %s", name, altered)
                    .isEqualTo(IdentityMatching.queryTokens(name));
        }
    }
}
