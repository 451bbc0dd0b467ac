/**
 * Law 09-08: an artisan's consents by purpose, and the export of everything Hirfa holds about them.
 */
package ma.hirfa.registry.privacy;
