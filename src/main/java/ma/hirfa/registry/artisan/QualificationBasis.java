package ma.hirfa.registry.artisan;

/** What qualifies the person: a diploma in the craft, or years of effective practice. */
public enum QualificationBasis {
    DIPLOMA,
    EXPERIENCE
}
