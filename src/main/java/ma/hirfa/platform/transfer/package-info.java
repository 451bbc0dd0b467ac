/**
 * Import and export of tables (CSV, XLSX). Other modules plug their file kinds in by implementing
 * {@link ma.hirfa.platform.transfer.ImportKind}: the framework reads the file (streaming, UTF-8 only, zip-bomb
 * safe), maps columns, runs a dry run then a commit as a database-stored job that any node may resume, and
 * writes the per-row report. {@link ma.hirfa.platform.transfer.TabularExport} writes CSV/XLSX with cells
 * neutralised against formula injection. Reached by other modules as {@code "platform :: transfer"}.
 */
@org.springframework.modulith.NamedInterface("transfer")
package ma.hirfa.platform.transfer;
