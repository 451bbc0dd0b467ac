package ma.hirfa.registry.document;

/** What a supporting document of a registration file proves (Law 50.17 and its implementing texts). */
enum SupportingDocumentKind {
    NATIONAL_ID_COPY,
    DIPLOMA,
    /** Attestation d'exercice: proof of practice, for artisans qualified by experience. */
    PRACTICE_CERTIFICATE,
    PHOTO,
    OTHER
}
