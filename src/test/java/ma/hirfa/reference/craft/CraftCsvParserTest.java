package ma.hirfa.reference.craft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CraftCsvParserTest {

    private static final String HEADER = "code,category,branch_fr,branch_ar,branch_zgh,name_fr,name_ar,name_zgh\n";

    @Test
    void readsAValidFileWithAByteOrderMark() {
        String csv = "\uFEFF" + HEADER
                + "01.01,production,Tissage,النسيج,,Tapis,الزرابي,ⵜⴰⵣⵔⴱⵉⵜ\n"
                + "02.01,SERVICE,,,,Plomberie,الترصيص,\n";

        CraftCsvParser.Result result = CraftCsvParser.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(CraftRow::code).containsExactly("01.01", "02.01");
        assertThat(result.rows().get(0).category()).isEqualTo("PRODUCTION");
        assertThat(result.rows().get(0).nameZgh()).isEqualTo("ⵜⴰⵣⵔⴱⵉⵜ");
        assertThat(result.rows().get(1).nameZgh()).isNull();
    }

    @Test
    void reportsEveryProblemOfEveryLineWithItsNumber() {
        String csv = HEADER
                + "01,PRODUCTION,,,,Tapis,الزرابي,\n"
                + "01,PRODUCTION,,,,Tapis bis,الزرابي,\n"
                + "bad code!,ART,,,,,,\n";

        CraftCsvParser.Result result = CraftCsvParser.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors())
                .extracting(RowError::line, RowError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "reference.crafts.import.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(4L, "reference.crafts.import.code"),
                        org.assertj.core.groups.Tuple.tuple(4L, "reference.crafts.import.category"),
                        org.assertj.core.groups.Tuple.tuple(4L, "reference.crafts.import.name"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = (HEADER + "01,PRODUCTION,,,,Céramique,الخزف,\n").getBytes(Charset.forName("windows-1256"));

        CraftCsvParser.Result result = CraftCsvParser.parse(latin1);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(RowError::messageKey).containsExactly("reference.crafts.import.notUtf8");
    }

    @Test
    void refusesAFileWithoutTheExpectedHeader() {
        CraftCsvParser.Result result = CraftCsvParser.parse("code;name\n01;Tapis\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).extracting(RowError::messageKey).containsExactly("reference.crafts.import.header");
    }
}
