/**
 * The one-box identity search over the matching module's index: by national id, registration number, name in
 * Arabic or Latin script, with typos.
 */
package ma.hirfa.registry.identity;
