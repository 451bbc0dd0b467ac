package ma.hirfa.registry.privacy;

/** What an artisan may agree to (Law 09-08): each is asked and recorded separately. */
public enum ConsentPurpose {
    REGISTRATION,
    SHOWCASE,
    SMS
}
