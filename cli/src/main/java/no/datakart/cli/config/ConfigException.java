package no.datakart.cli.config;

import java.util.List;

/** A configuration file that cannot be used: every problem found, one line each, for people. */
public final class ConfigException extends Exception {
    private final List<String> errors;

    public ConfigException(List<String> errors) {
        super(String.join("\n", errors), null, false, false); // a message for people, no stack to print
        if (errors.isEmpty()) throw new IllegalArgumentException("no errors");
        this.errors = List.copyOf(errors);
    }

    /**
     * Each {@code file:line:column: what is wrong (what is expected)}, in the order of the file; {@code file: …}
     * for the file as a whole (missing, empty, unreadable).
     */
    public List<String> errors() {
        return errors;
    }
}
