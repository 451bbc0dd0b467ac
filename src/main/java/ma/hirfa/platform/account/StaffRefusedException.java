package ma.hirfa.platform.account;

/** A staff-account change the rules refuse; carries the message key shown to the user. */
class StaffRefusedException extends RuntimeException {

    private final String messageKey;

    StaffRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
