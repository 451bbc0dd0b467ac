/**
 * National Register of Handicrafts (Law 50.17), scoped to the user's region: artisans with their
 * supporting documents, registration workflow, professional cards, consents and corrections, and the
 * cooperatives and enterprises they form; imports of legacy artisan lists and exports of search results.
 * One sub-package per feature (ADR 0029): {@code artisan} (the file, workflow, search, views; its
 * {@code artisans} named interface is what other modules may use), {@code document}, {@code importing},
 * {@code duplicate}, {@code merge}, {@code correction}, {@code privacy}, {@code identity}, {@code card},
 * {@code organisation} (with its own {@code OrganisationStatus}) and {@code demo}.
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
