package no.datakart.cli.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.datakart.cli.config.Yaml.At;

/** What is wrong with a file, collected as it is read, told in the order of the file. */
final class Problems {
    private record Problem(At at, String message) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<At> told = new HashSet<>(); // places whose later problems follow from the first

    Problems(String file) {
        this.file = file;
    }

    void add(At at, String message) {
        if (!told.contains(at)) problems.add(new Problem(at, message));
    }

    /** A problem that makes any other at the same place a mere consequence, not told. */
    void addFirst(At at, String message) {
        add(at, message);
        told.add(at);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** {@code file:line:column: message}, as compilers write them, so editors can jump there. */
    List<String> messages() {
        return problems.stream().sorted(Comparator.comparing(Problem::at))
                .map(p -> file + ":" + p.at.line() + ":" + p.at.column() + ": " + p.message).toList();
    }
}
