package ma.hirfa.platform;

/** Roles of Hirfa users; whether a role is bound to one region is part of the role. */
public enum Role {
    ADMIN(false),
    MINISTRY(false),
    CHAMBER_MANAGER(true),
    CHAMBER_AGENT(true),
    FIELD_AGENT(true),
    COVERAGE_OFFICER(true),
    ARTISAN(false);

    private final boolean regional;

    Role(boolean regional) {
        this.regional = regional;
    }

    public boolean regional() {
        return regional;
    }

    /**
     * Whether the role only reads (the ministry): pages hide every action from it through
     * {@link CurrentUser#readOnly()}, and the services refuse its writes anyway.
     */
    public boolean readOnly() {
        return this == MINISTRY;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
