package ma.hirfa.registry.document;

/** An upload that is not kept: empty, too large, of a format Hirfa refuses, or mislabelled. */
class SupportingDocumentRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String argument;

    SupportingDocumentRefusedException(String field, String messageKey, String argument) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.argument = argument;
    }

    SupportingDocumentRefusedException(String field, String messageKey) {
        this(field, messageKey, null);
    }

    /** The request field at fault: {@code file} or {@code kind}. */
    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    /** The one argument of the message ({@code {0}}), or null. */
    String argument() {
        return argument;
    }

    Object[] arguments() {
        return argument == null ? null : new Object[] {argument};
    }
}
