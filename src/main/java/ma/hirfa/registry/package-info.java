/**
 * National Register of Handicrafts (Law 50.17): artisans and their files, scoped to the user's region.
 * This first slice holds the artisan record and its supporting documents; the registration workflow and
 * cards build on it.
 * Allowed dependencies: platform, reference.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Register",
        allowedDependencies = {"platform", "reference"})
package ma.hirfa.registry;
