/**
 * Calls for applications with a scoring committee, reusable by any module that offers something to artisans or
 * cooperatives (units of a complex today, support programmes next): the call with what it offers, its
 * eligibility and its published scoring grid, applications with preferences, the committee's declarations of
 * no conflict of interest and scores, the ranking with its stated tie-break, minutes, publication and appeals.
 * The module offering the call supplies what is offered and its own eligibility rules through this package's
 * public interfaces; it learns the results through events. Allowed dependencies: platform (and its list and
 * report interfaces), reference, the register's artisans and organisations.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Calls",
        allowedDependencies = {
            "platform",
            "platform :: transfer",
            "platform :: jobs",
            "platform :: list",
            "platform :: report",
            "reference",
            "registry :: artisans",
            "registry :: organisations"
        })
package ma.hirfa.calls;
