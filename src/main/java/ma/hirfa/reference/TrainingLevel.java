package ma.hirfa.reference;

/**
 * Levels of vocational diplomas in handicrafts, used by apprenticeship and VAE: attestation (basic literacy),
 * specialisation (6th year of primary school) and qualification (3rd year of collège). FACTS §6.1.
 */
public enum TrainingLevel {
    ATTESTATION,
    SPECIALISATION,
    QUALIFICATION
}
