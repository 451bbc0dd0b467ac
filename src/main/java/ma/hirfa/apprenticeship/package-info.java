/**
 * Apprenticeship (Law 12-00): contracts between an apprentice, a host workshop headed by a registered artisan
 * (the master) and a training centre, their logbook, final assessment and report. Its API is
 * {@link ma.hirfa.apprenticeship.Apprenticeships}; its levels are reference's {@link ma.hirfa.reference.TrainingLevel}.
 * Allowed dependencies: platform (and its transfer interface for report exports), reference, the register's
 * artisans, training (certificates).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Apprenticeship",
        allowedDependencies = {
            "platform",
            "platform :: transfer",
            "platform :: list",
            "platform :: report",
            "reference",
            "registry :: artisans",
            "training"
        })
package ma.hirfa.apprenticeship;
