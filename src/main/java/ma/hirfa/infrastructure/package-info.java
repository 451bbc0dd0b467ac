/**
 * Handicraft complexes of the chambers: the complexes themselves, their construction projects with the funding
 * gap, schedule slip and spent ratio computed from funding lines, payments and milestones, the units they offer
 * (shops, workshops, showrooms, storage) with their status history, and the leases of those units, allocated
 * through a call for applications of the {@code calls} module. Sub-packages by feature: {@code complex},
 * {@code project}, {@code unit}, {@code lease}. Allowed dependencies: platform (and its list, report, transfer and jobs
 * interfaces), reference, the register's artisans and organisations, calls.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Complexes",
        allowedDependencies = {
            "platform",
            "platform :: transfer",
            "platform :: jobs",
            "platform :: list",
            "platform :: report",
            "reference",
            "registry :: artisans",
            "registry :: organisations",
            "calls"
        })
package ma.hirfa.infrastructure;
