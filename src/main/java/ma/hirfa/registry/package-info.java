/**
 * National Register of Handicrafts (Law 50.17): artisans and their files, scoped to the user's region.
 * Artisans (with their workflow, cards and consents) and the cooperatives and enterprises they form.
 * Allowed dependencies: platform, reference.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Register",
        allowedDependencies = {"platform", "reference"})
package ma.hirfa.registry;
