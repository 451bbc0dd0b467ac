package ma.hirfa.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ma.hirfa.matching.MatchingCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheRowsAndATruthFileOfAboutTwoPercentDuplicates() throws IOException {
        Path csv = dir.resolve("artisans.csv");

        assertThat(generate("--rows", "5000", "--output", csv.toString(), "--seed", "9"))
                .isZero();

        List<String> rows = Files.readAllLines(csv);
        List<String> truth = Files.readAllLines(dir.resolve("artisans.csv.truth.csv"));
        assertThat(rows.get(0))
                .isEqualTo("id,national_id,first_name_ar,last_name_ar,first_name_lat,last_name_lat,birth_date,"
                        + "province_code,craft_code,phone,registration_date");
        assertThat(rows).hasSize(5001);
        assertThat(truth.get(0)).isEqualTo("id,duplicate_of");
        assertThat(truth.size() - 1).isBetween(50, 150);
        String[] duplicate = truth.get(1).split(",");
        assertThat(Long.parseLong(duplicate[1])).isLessThan(Long.parseLong(duplicate[0]));
    }

    @Test
    void theSameSeedGivesTheSameFile() throws IOException {
        generate("--rows", "300", "--output", dir.resolve("a.csv").toString(), "--seed", "4");
        generate("--rows", "300", "--output", dir.resolve("b.csv").toString(), "--seed", "4");

        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(Files.readString(dir.resolve("b.csv")));
    }

    @Test
    void theHarderProfileWritesRowsInOneScriptOnly() throws IOException {
        Path csv = dir.resolve("hard.csv");

        assertThat(generate("--rows", "2000", "--output", csv.toString(), "--hard"))
                .isZero();

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).anyMatch(r -> r.matches("\\d+,[^,]*,,,[^,]+,[^,]+,.*"));
        assertThat(rows).anyMatch(r -> r.matches("\\d+,[^,]*,[^,]+,[^,]+,,,.*"));
        assertThat(out.toString()).contains("hard profile");
    }

    @Test
    void theLinkingProfileNamesEachRepeatsCategoryInTheTruthFile() throws IOException {
        Path csv = dir.resolve("linking.csv");

        assertThat(generate("--rows", "3000", "--output", csv.toString(), "--linking"))
                .isZero();

        List<String> truth = Files.readAllLines(dir.resolve("linking.csv.truth.csv"));
        assertThat(truth.get(0)).isEqualTo("id,duplicate_of,category,namesake_of");
        assertThat(truth).anyMatch(r -> r.matches("\\d+,\\d+,cross-script-birth-date,"));
        assertThat(truth).anyMatch(r -> r.matches("\\d+,,namesake-[a-z-]+,\\d+"));
        assertThat(out.toString()).contains("linking profile");
    }

    @Test
    void explainsAMissingRowCount() {
        assertThat(generate("--output", dir.resolve("x.csv").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--rows is required", "usage: java -jar hirfa.jar generate");
    }

    private int generate(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "generate";
        System.arraycopy(options, 0, args, 1, options.length);
        return MatchingCommands.run(args, new PrintStream(out), new PrintStream(err));
    }
}
