package ma.hirfa.vae.framework;

/** A change of a framework that is refused: unknown craft, or a competency already scored by a jury. */
public class FrameworkRefusedException extends RuntimeException {

    private final String messageKey;

    FrameworkRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
