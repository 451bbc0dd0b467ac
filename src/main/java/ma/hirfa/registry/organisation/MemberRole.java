package ma.hirfa.registry.organisation;

/** A member's role; the office roles (all but MEMBER) are held by one member at a time. */
public enum MemberRole {
    PRESIDENT,
    TREASURER,
    SECRETARY,
    MEMBER;

    boolean office() {
        return this != MEMBER;
    }
}
