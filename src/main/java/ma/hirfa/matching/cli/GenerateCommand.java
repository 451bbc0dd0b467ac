package ma.hirfa.matching.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import ma.hirfa.matching.generator.ArtisanGenerator;
import ma.hirfa.matching.generator.GeneratedFiles;

/**
 * {@code generate --rows N --output OUT.csv [--seed S] [--hard | --linking]}: synthetic artisans and their truth file
 * {@code OUT.csv.truth.csv}, for tests and benchmarks.
 */
public final class GenerateCommand {

    static final String USAGE =
            "usage: java -jar hirfa.jar generate --rows N --output OUT.csv [--seed S] [--hard | --linking]";

    private GenerateCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandOptions options =
                    CommandOptions.parse(args, Set.of("--rows", "--output", "--seed"), Set.of("--hard", "--linking"));
            long rows = options.number("--rows", -1, 1, 100_000_000);
            if (rows < 0) {
                throw new CommandOptions.UsageException("--rows is required");
            }
            Path output = Path.of(options.required("--output"));
            long seed = options.number("--seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
            ArtisanGenerator.Profile profile = options.flag("--linking")
                    ? ArtisanGenerator.Profile.LINKING
                    : options.flag("--hard") ? ArtisanGenerator.Profile.HARD : ArtisanGenerator.Profile.STANDARD;
            long start = System.nanoTime();
            long duplicates = GeneratedFiles.write(output, rows, seed, profile);
            out.printf(
                    Locale.ROOT,
                    "%d rows (%d repeating an earlier person, %s profile, seed %d) written to %s and %s in %.1f s%n",
                    rows,
                    duplicates,
                    profile.name().toLowerCase(Locale.ROOT),
                    seed,
                    output,
                    GeneratedFiles.truthOf(output),
                    (System.nanoTime() - start) / 1e9);
            return ExitCodes.OK;
        } catch (CommandOptions.UsageException e) {
            err.println("generate: " + e.getMessage());
            err.println(USAGE);
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("generate: cannot write " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
    }
}
