package ma.hirfa.matching.cli;

import java.util.List;

/** The input file cannot be used; {@link #problems()} says where and why, one line each. */
final class UnusableInputException extends Exception {

    private final transient List<String> problems;

    UnusableInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
