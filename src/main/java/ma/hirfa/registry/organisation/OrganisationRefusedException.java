package ma.hirfa.registry.organisation;

/** A step the status, the user's role, the four-eyes rule or the members do not allow. */
class OrganisationRefusedException extends RuntimeException {

    private final String messageKey;

    OrganisationRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
