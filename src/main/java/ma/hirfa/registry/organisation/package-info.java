/**
 * Cooperatives and enterprises of handicrafts in the National Register (Law 50.17): their file, crafts and
 * members (registered artisans of the same region), and the same maker-checker workflow as artisans.
 */
package ma.hirfa.registry.organisation;
