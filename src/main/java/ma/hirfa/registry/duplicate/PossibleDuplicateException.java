package ma.hirfa.registry.duplicate;

import java.util.List;

/** The file looks like one already in the register; the user must look, then confirm it is another person. */
public class PossibleDuplicateException extends RuntimeException {

    private final transient List<DuplicateCandidate> candidates;

    PossibleDuplicateException(List<DuplicateCandidate> candidates) {
        super(candidates.size() + " possible duplicates");
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }
}
