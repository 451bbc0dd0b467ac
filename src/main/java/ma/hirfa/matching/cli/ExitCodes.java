package ma.hirfa.matching.cli;

/** Exit codes of the command-line tools. */
final class ExitCodes {

    static final int OK = 0;
    static final int USAGE = 64;
    static final int BAD_INPUT = 65;
    static final int IO_ERROR = 74;

    private ExitCodes() {}
}
