/**
 * National Register of Handicrafts (Law 50.17), scoped to the user's region: artisans with their
 * supporting documents, registration workflow, professional cards, consents and corrections, and the
 * cooperatives and enterprises they form. Allowed dependencies: platform, reference.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Register",
        allowedDependencies = {"platform", "reference"})
package ma.hirfa.registry;
