package ma.hirfa.training;

/**
 * A training rule said no (ineligible artisan, overlapping session, day outside the session, certificate
 * already revoked...). {@code messageKey} is a key of the training bundle; arguments fill its placeholders.
 * Nothing has been written when it is thrown.
 */
public class TrainingRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public TrainingRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
