package ma.hirfa.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ma.hirfa.matching.MatchingCommands;
import ma.hirfa.matching.generator.GeneratedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code match} command as a data steward runs it on a legacy list, and the files it refuses. */
class MatchCommandTest {

    private static final String HEADER =
            "record_id,national_id,first_name_ar,last_name_ar,first_name_lat,last_name_lat,birth_date,province_code,phone";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesOneLinePerPairOfTheSamePerson() throws IOException {
        Path input = csv(
                HEADER,
                "c-1,,محمد,أوحدو,,,1971-03-14,08,",
                "f-7,D123456,,,Mohamed,Ouahdou,14/03/1971,08,0612345678",
                "l-3,,,,OUHADDOU,Mhamed,1971-03-14,,",
                "x-9,JB987654,,,Mohamed,Alaoui,1980-06-02,08,");

        int exit = match(input, dir.resolve("out.csv"));

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(lines.get(0)).isEqualTo("record_id_a,record_id_b,score");
        assertThat(lines.subList(1, lines.size()))
                .extracting(l -> l.substring(0, l.lastIndexOf(',')))
                .containsExactlyInAnyOrder("c-1,f-7", "c-1,l-3", "f-7,l-3");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(l -> assertThat(Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
                        .isBetween(0.85, 1.0));
        assertThat(out.toString()).contains("4 records read", "3 pairs");
    }

    @Test
    void acceptsColumnsInAnyOrderExtraColumnsABomAndEmptyFields() throws IOException {
        Path input = csv(
                "\uFEFFphone,record_id,craft_code,last_name_lat,first_name_lat,national_id,first_name_ar,last_name_ar,"
                        + "birth_date,province_code",
                "0612345678,1,C001,Tazi,Said,,,,1966-05-04,08",
                "0612345678,2,C002,,,,سعيد,التازي,,08");

        assertThat(match(input, dir.resolve("out.csv"))).isZero();
        assertThat(Files.readAllLines(dir.resolve("out.csv")))
                .hasSize(2)
                .element(1)
                .asString()
                .startsWith("1,2,");
    }

    @Test
    void matchesTheGeneratorsFilesAsTheyAre() throws IOException {
        Path generated = dir.resolve("gen.csv");
        assertThat(MatchingCommands.run(
                        new String[] {"generate", "--rows", "2000", "--output", generated.toString(), "--seed", "3"},
                        new PrintStream(out),
                        new PrintStream(err)))
                .isZero();

        assertThat(match(generated, dir.resolve("out.csv"))).isZero();
        long truth = Files.readAllLines(GeneratedFiles.truthOf(generated)).size() - 1;
        long found = Files.readAllLines(dir.resolve("out.csv")).size() - 1;
        assertThat(found).isGreaterThanOrEqualTo(truth * 9 / 10);
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() throws IOException {
        Path input = csv("record_id,name,birth_date", "1,Said Tazi,1970-01-01");

        assertRefused(input, "missing column(s) national_id, first_name_ar");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused(csv(), "the file is empty");
    }

    @Test
    void refusesUnbalancedQuotes() throws IOException {
        assertRefused(
                csv(HEADER, "1,D1,,,\"Said,Tazi,1970-01-01,08,", "2,D2,,,Ali,Tazi,1970-01-01,08,"), "never closed");
    }

    @Test
    void refusesADateItCannotRead() throws IOException {
        assertRefused(
                csv(HEADER, "1,,,,Said,Tazi,March 3rd 1970,08,", "2,,,,Ali,Tazi,1970-02-30,08,"),
                "line 2: birth_date \"March 3rd 1970\" is not a date",
                "line 3: birth_date \"1970-02-30\" does not exist");
    }

    @Test
    void refusesARowWithoutRecordIdAndARepeatedRecordId() throws IOException {
        assertRefused(
                csv(HEADER, ",,,,Said,Tazi,,08,", "7,,,,Ali,Tazi,,08,", "7,,,,Omar,Tazi,,08,"),
                "line 2: record_id is empty",
                "line 4: record_id 7 appears twice");
    }

    @Test
    void refusesARowWithTheWrongNumberOfFields() throws IOException {
        assertRefused(csv(HEADER, "1,,,,Said,Tazi,,08"), "line 2: has 8 fields where the header has 9");
    }

    @Test
    void refusesBinaryData() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.write(input, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 10});

        assertRefused(input, "binary data");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.write(input, (HEADER + "\n1,,محمد,,,,,08,\n").getBytes(Charset.forName("windows-1256")));

        assertRefused(input, "not UTF-8");
    }

    @Test
    void refusesAHugeCell() throws IOException {
        assertRefused(csv(HEADER, "1,,,," + "A".repeat(100_000) + ",Tazi,,08,"), "a cell holds 100000 characters");
    }

    @Test
    void explainsAWrongCommandLine() {
        int exit = MatchingCommands.run(new String[] {"match", "--input"}, new PrintStream(out), new PrintStream(err));

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--input needs a value", "usage: java -jar hirfa.jar match");
    }

    @Test
    void saysWhenTheInputFileDoesNotExist() {
        assertThat(match(dir.resolve("missing.csv"), dir.resolve("out.csv"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no such file");
    }

    private void assertRefused(Path input, String... messages) {
        Path output = dir.resolve("out.csv");

        int exit = match(input, output);

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("nothing was written").contains(messages);
        assertThat(output).doesNotExist();
    }

    private int match(Path input, Path output) {
        return MatchingCommands.run(
                new String[] {"match", "--input", input.toString(), "--output", output.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path csv(String... lines) throws IOException {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, lines.length == 0 ? "" : String.join("\n", lines) + "\n");
        return file;
    }
}
