/**
 * The one-box identity search over the matching module's index: by national id, registration number, name in
 * Arabic or Latin script, with typos; a name typed with a birth year, a province or commune (read from
 * reference data) or a piece of a registration number is narrowed by them.
 */
package ma.hirfa.registry.identity;
