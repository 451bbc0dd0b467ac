/**
 * Identity matching across Arabic and Latin script: name normalisation, cross-script phonetic keys, pair
 * scoring with reasons, batch duplicate detection, and the {@code match} and {@code generate} command-line
 * tools. Pure functions over {@link ma.hirfa.matching.IdentityRecord}: it stores nothing and depends on no
 * other module; the register and the import feed it their records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Matching",
        allowedDependencies = {})
package ma.hirfa.matching;
