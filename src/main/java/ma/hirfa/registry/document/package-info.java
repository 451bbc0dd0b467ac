/**
 * Supporting documents of an artisan file (national id copy, diplomas, practice certificates, photo): upload within
 * limits, checks of type and content, listing and download within the user's region.
 */
package ma.hirfa.registry.document;
