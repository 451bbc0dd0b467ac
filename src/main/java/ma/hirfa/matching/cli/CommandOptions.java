package ma.hirfa.matching.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag}s after the command name. */
final class CommandOptions {

    private final Map<String, String> values = new HashMap<>();

    private CommandOptions() {}

    static CommandOptions parse(String[] args, Set<String> withValue, Set<String> flags) throws UsageException {
        CommandOptions options = new CommandOptions();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (flags.contains(name)) {
                options.values.put(name, "true");
            } else if (withValue.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                options.values.put(name, args[++i]);
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return options;
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    long number(String name, long defaultValue, long min, long max) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not " + value);
        }
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** A wrong command line: the message says what, the usage is printed after it. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
