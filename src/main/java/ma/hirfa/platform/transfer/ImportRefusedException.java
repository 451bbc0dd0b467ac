package ma.hirfa.platform.transfer;

/** The file as a whole cannot be read (encoding, structure, bomb...): the job fails and nothing is written. */
class ImportRefusedException extends RuntimeException {

    private final String key;
    private final String argument;

    ImportRefusedException(String key, Object argument) {
        super(key + (argument == null ? "" : " " + argument));
        this.key = key;
        this.argument = argument == null ? null : String.valueOf(argument);
    }

    String key() {
        return key;
    }

    String argument() {
        return argument;
    }
}
