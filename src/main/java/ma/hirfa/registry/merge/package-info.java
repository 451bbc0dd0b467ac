/**
 * Merging two files of the same person into one, and undoing it; the absorbed file keeps its history.
 */
package ma.hirfa.registry.merge;
