package ma.hirfa.matching.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ma.hirfa.matching.BatchMatcher;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.MatchPair;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code match --input IN.csv --output OUT.csv [--threads N]}: writes {@code record_id_a,record_id_b,score}
 * for every pair of rows judged to be the same person. Nothing is written when the input is unusable.
 */
public final class MatchCommand {

    static final String USAGE = "usage: java -jar hirfa.jar match --input IN.csv --output OUT.csv [--threads N]";

    private MatchCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandOptions options = CommandOptions.parse(args, Set.of("--input", "--output", "--threads"), Set.of());
            Path input = Path.of(options.required("--input"));
            Path output = Path.of(options.required("--output"));
            int threads = (int) options.number("--threads", Runtime.getRuntime().availableProcessors(), 1, 256);
            long start = System.nanoTime();
            List<IdentityRecord> records = new IdentityCsvReader().read(input);
            long read = System.nanoTime();
            List<MatchPair> pairs = BatchMatcher.pairs(records, threads);
            long matched = System.nanoTime();
            write(pairs, output);
            long end = System.nanoTime();
            out.printf(
                    Locale.ROOT,
                    "%d records read in %.1f s, %d pairs of the same person found in %.1f s, written to %s"
                            + " (%.1f s in all)%n",
                    records.size(),
                    (read - start) / 1e9,
                    pairs.size(),
                    (matched - read) / 1e9,
                    output,
                    (end - start) / 1e9);
            return ExitCodes.OK;
        } catch (CommandOptions.UsageException e) {
            err.println("match: " + e.getMessage());
            err.println(USAGE);
            return ExitCodes.USAGE;
        } catch (UnusableInputException e) {
            err.println("match: the input file cannot be used, nothing was written:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("match: " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
    }

    private static void write(List<MatchPair> pairs, Path output) throws IOException {
        Path partial = output.resolveSibling(output.getFileName() + ".part");
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord("record_id_a", "record_id_b", "score");
            for (MatchPair pair : pairs) {
                csv.printRecord(
                        pair.recordIdA(),
                        pair.recordIdB(),
                        String.format(Locale.ROOT, "%.3f", pair.score().score()));
            }
        }
        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
