package ma.hirfa.infrastructure.lease;

/** Who holds a lease: an artisan or a cooperative/enterprise of the register. */
enum HolderKind {
    ARTISAN,
    ORGANISATION
}
