/**
 * Possible duplicates: candidates shown when a file is entered or corrected, and the review queue where a
 * reviewer keeps two files apart or merges them.
 */
package ma.hirfa.registry.duplicate;
