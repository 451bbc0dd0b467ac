package ma.hirfa.registry.artisan;

public enum Sex {
    F,
    M
}
