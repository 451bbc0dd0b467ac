package ma.hirfa.registry.artisan;

/** A transition the file's status, the user's role or the four-eyes rule does not allow. */
public class WorkflowRefusedException extends RuntimeException {

    private final String messageKey;

    public WorkflowRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
