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

    @Test
    void rowsEncodedAheadAreTheSameBytesCutBetweenLinesInChunksOfBoundedSize() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            CopyText.field(rows, "محمد أوحدو " + i);
            CopyText.field(rows, i % 1000 == 0 ? "Tifinagh ⵜⴰⵎⴰⵣⵉⵖⵜ 𝔸 \uD800 é" : "Mohamed Ouhaddou");
            rows.append(i).append('\n');
        }

        CopyText.Encoded encoded = CopyText.encode(rows);

        assertThat(encoded.chunks()).hasSizeGreaterThan(3);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] chunk : encoded.chunks()) {
            assertThat(chunk.length).isLessThan(100_000);
            assertThat(chunk[chunk.length - 1]).isEqualTo((byte) '\n');
            all.writeBytes(chunk);
        }
        assertThat(all.toByteArray()).isEqualTo(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(CopyText.encode(new StringBuilder()).isEmpty()).isTrue();
    }
}
