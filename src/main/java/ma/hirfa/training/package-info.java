/**
 * Continuous training: programmes, sessions (centre, workshop, caravan), enrolment of registered artisans
 * with a waiting list, attendance per day, completion, and certificates whose QR code anyone can verify —
 * also issued for the apprenticeship and VAE modules through {@link ma.hirfa.training.Certificates}.
 * Allowed dependencies: platform (and its transfer interface for report exports), reference, the register’s artisans.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Training",
        allowedDependencies = {
            "platform",
            "platform :: transfer",
            "platform :: list",
            "platform :: report",
            "reference",
            "registry :: artisans"
        })
package ma.hirfa.training;
