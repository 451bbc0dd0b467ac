package ma.hirfa.platform.transfer;

import java.util.List;

/** Why a row cannot be imported: a message key of the kind's bundle and its arguments. */
public record RowProblem(String column, String key, List<String> args) {

    public static RowProblem of(String column, String key, String... args) {
        return new RowProblem(column, key, List.of(args));
    }
}
