/**
 * Import of legacy artisan lists as a kind of the platform's import framework: column mapping, checks of each row
 * with the register's rules, dry run, and the commit that writes drafts in batches (ADR 0014, 0015, 0023).
 */
package ma.hirfa.registry.importing;
