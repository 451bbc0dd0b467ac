/**
 * Validation of acquired experience (VAE): reference frameworks per craft and level, applications of
 * registered artisans with their evidence and eligibility, jury sessions with declarations of no conflict of
 * interest, evaluation grids, deliberations, minutes and certificates; and its report. Sub-packages:
 * {@code framework}, {@code application} (applications, evidence, eligibility), {@code jury} (juries,
 * members, conflicts of interest, grids, decisions, minutes, certificates) and {@code report}. Allowed dependencies:
 * platform (and its transfer interface for report exports), reference, the register’s artisans, apprenticeship
 * (former apprentices), training
 * (certificates).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "VAE",
        allowedDependencies = {
            "platform",
            "platform :: transfer",
            "platform :: list",
            "platform :: report",
            "reference",
            "registry :: artisans",
            "apprenticeship",
            "training"
        })
package ma.hirfa.vae;
