package ma.hirfa.matching;

import ma.hirfa.platform.CopyText;

/**
 * Identity index entries of new files, encoded ahead of the transaction that writes them ({@link
 * IdentityIndex#encodeNew}, {@link IdentityIndex#addNew(IndexEntries)}): an import encodes the next batch's on
 * its reader thread while the current batch is written (ADR 0052). PostgreSQL's {@code COPY} text.
 */
public record IndexEntries(CopyText.Encoded identities, CopyText.Encoded tokens) {}
