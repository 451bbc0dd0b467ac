package ma.hirfa.matching;

import java.io.PrintStream;
import java.util.Set;
import ma.hirfa.matching.cli.GenerateCommand;
import ma.hirfa.matching.cli.MatchCommand;

/**
 * The command-line tools of the jar, run without starting the web application: {@code match} (pairs of
 * rows of a CSV that are the same person) and {@code generate} (synthetic artisans with a truth file).
 */
public final class MatchingCommands {

    private static final Set<String> COMMANDS = Set.of("match", "generate");

    private MatchingCommands() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command named by {@code args[0]} and returns its exit code (0 when it succeeded). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return switch (args[0]) {
            case "match" -> MatchCommand.run(args, out, err);
            case "generate" -> GenerateCommand.run(args, out, err);
            default -> throw new IllegalArgumentException("not a command: " + args[0]);
        };
    }
}
