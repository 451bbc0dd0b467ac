/**
 * Identity matching across Arabic and Latin script: name normalisation, cross-script phonetic keys, pair
 * scoring with reasons, batch duplicate detection, and the {@code match} and {@code generate} command-line
 * tools. Pure functions over {@link ma.hirfa.matching.IdentityRecord}, plus the identity index, review queue
 * and batch scans that search and duplicate detection use (tables {@code mat_*}). Of the other modules it uses
 * only the platform's infrastructure (the {@code COPY} writer shared with the register's import); the register
 * and the import feed it their records and derive the regions a user may see.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Matching",
        allowedDependencies = {"platform", "platform :: jobs", "platform :: list"})
package ma.hirfa.matching;
