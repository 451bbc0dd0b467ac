package ma.hirfa.apprenticeship.contract;

import java.util.List;

/** A request the apprenticeship rules refuse; nothing of it was written. */
class ContractRefusedException extends RuntimeException {

    private final List<Problem> problems;

    ContractRefusedException(List<Problem> problems) {
        super("Refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    ContractRefusedException(String field, String key, Object... args) {
        this(List.of(Problem.of(field, key, args)));
    }

    List<Problem> problems() {
        return problems;
    }
}
