package ma.hirfa.registry.merge;

import java.util.List;

/**
 * Merges a file takes part in, for its page: the file it was merged into (absorbed files), and the files it
 * absorbed (survivors); {@code mayUndo} when the reader is a reviewer who may undo the merge.
 */
record MergeInfo(Long mergedInto, List<Long> absorbed, boolean mayUndo) {

    public boolean any() {
        return mergedInto != null || !absorbed.isEmpty();
    }
}
