/**
 * Corrections of a registered file: proposed with a reason, applied after a reviewer agrees (maker-checker).
 */
package ma.hirfa.registry.correction;
