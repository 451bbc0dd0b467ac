/**
 * Social coverage (AMO) of artisans: enrolment with the fund, monthly contributions, rights month by month,
 * claim files, the claims owed retroactively and the files exchanged with the fund. Health-related data,
 * visible only to coverage officers of the region and administrators; every read is audited. Its tables are
 * read and written by one repository per aggregate in {@code coverage/file} (enrolments with beneficiaries,
 * contributions, claims with notes; ADR 0029). Allowed
 * dependencies: platform, reference, the artisans of the register, matching (fund rows without ids), the import framework (the fund's files).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Social coverage",
        allowedDependencies = {
            "platform",
            "platform :: transfer",
            "platform :: list",
            "platform :: report",
            "reference",
            "registry :: artisans",
            "matching"
        })
package ma.hirfa.coverage;
