package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void fieldsAreTabSeparatedWithNullAsBackslashNAndSeparatorsInsideTextEscaped() {
        StringBuilder out = new StringBuilder();
        CopyText.field(out, "محمد أوحدو");
        CopyText.field(out, null);
        CopyText.field(out, "a\tb\\c\nd\re");

        assertThat(out).hasToString("محمد أوحدو\t\\N\ta\\tb\\\\c\\nd\\re\t");
    }
}
