package ma.hirfa.registry.artisan;

/** Actor categories of Law 50.17 (art. 6) for natural persons. */
public enum Category {
    ARTISAN,
    MASTER_ARTISAN
}
