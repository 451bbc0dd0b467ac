/**
 * National Register of Handicrafts (Law 50.17), scoped to the user's region: artisans with their
 * supporting documents, registration workflow, professional cards, consents and corrections, and the
 * cooperatives and enterprises they form; imports of legacy artisan lists and exports of search results.
 * Search and duplicate detection read the identity index of the matching module, which the register keeps up
 * to date. Allowed dependencies: platform (and its transfer interface), reference, matching.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Register",
        allowedDependencies = {
            "platform",
            "platform :: transfer",
            "platform :: list",
            "platform :: report",
            "reference",
            "matching"
        })
package ma.hirfa.registry;
