package ma.hirfa.matching;

import java.util.Set;

/**
 * What the one box understood besides a name, to narrow a name search with: a birth year, the provinces of a
 * place typed (a commune stands for its province: the index knows provinces), a piece of a registration
 * number. The register reads these from the typed text (it knows place names); matching only filters on them.
 */
public record Narrowing(Integer birthYear, Set<String> provinceCodes, String numberFragment) {

    public static final Narrowing NONE = new Narrowing(null, Set.of(), null);

    public Narrowing {
        provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
        numberFragment = numberFragment == null || numberFragment.isBlank() ? null : numberFragment;
    }

    public boolean isNone() {
        return birthYear == null && provinceCodes.isEmpty() && numberFragment == null;
    }
}
