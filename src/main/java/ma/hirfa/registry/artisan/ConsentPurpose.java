package ma.hirfa.registry.artisan;

/** What an artisan may agree to (Law 09-08): each is asked and recorded separately. */
public enum ConsentPurpose {
    REGISTRATION,
    SHOWCASE,
    SMS
}
