package ma.hirfa.vae.application;

import java.util.List;

/** A VAE request the rules refuse; nothing of it was written. */
public class VaeRefusedException extends RuntimeException {

    private final List<Problem> problems;

    public VaeRefusedException(List<Problem> problems) {
        super("Refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public VaeRefusedException(String field, String key, Object... args) {
        this(List.of(Problem.of(field, key, args)));
    }

    List<Problem> problems() {
        return problems;
    }
}
