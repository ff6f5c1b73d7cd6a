package no.datakart.cli.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import no.datakart.cli.config.Yaml.At;
import no.datakart.cli.config.Yaml.SyntaxError;

/**
 * The parser's complaint as one line for people. SnakeYAML's own message spans several lines with a copy of
 * the offending line and a caret; its parts (the problem, where, what it was in the middle of) are kept.
 */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /** @param where where the parser was, for an exception that does not say */
    static SyntaxError of(JsonProcessingException e, String text, At where) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            return new SyntaxError(at(m.getProblemMark()), "not valid YAML: " + explain(m));
        }
        if (cause instanceof ReaderException r) {
            return new SyntaxError(at(text, r.getPosition()), String.format(
                    "not YAML text: the character U+%04X is not allowed in a YAML file", r.getCodePoint()));
        }
        At at = e.getLocation() == null ? where : Yaml.at(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            return new SyntaxError(at, "too large or too deeply nested to read: " + e.getOriginalMessage());
        }
        return new SyntaxError(at, "not valid YAML: " + e.getOriginalMessage());
    }

    private static String explain(MarkedYAMLException m) {
        String problem = m.getProblem() == null ? "cannot be read" : m.getProblem().strip();
        if (problem.contains("\\t(TAB)")) return "a tab where YAML allows only spaces (indent with spaces, never tabs)";
        if (problem.endsWith(".")) problem = problem.substring(0, problem.length() - 1);
        String in = m.getContext() == null ? "" : m.getContext().strip(); // "while parsing a flow sequence"
        Mark start = m.getContextMark();
        if (start != null && problem.startsWith("expected ','") && in.contains(" flow ")) {
            char open = in.contains("sequence") ? '[' : '{';
            return "the '" + open + "' at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1)
                   + " is not closed by '" + (open == '[' ? ']' : '}') + "', or a ',' is missing";
        }
        if (start != null && problem.contains("end of stream") && in.contains("quoted scalar")) {
            return "the quote at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1)
                   + " is not closed";
        }
        if (start != null && problem.startsWith("could not find expected ':'")) {
            return "the key at line " + (start.getLine() + 1) + " has no ':' after it";
        }
        if (problem.startsWith("expected <block end>")) {
            return "this line is not indented in line with the keys or '-' items above it"
                   + (start == null ? "" : " (from line " + (start.getLine() + 1) + ")");
        }
        if (in.isEmpty() || in.startsWith("while scanning for the next token")) return problem;
        boolean earlier = start != null && start.getLine() != m.getProblemMark().getLine();
        return problem + " (" + in + (earlier ? " that starts at line " + (start.getLine() + 1) : "") + ")";
    }

    private static At at(Mark m) {
        return new At(m.getLine() + 1, m.getColumn() + 1);
    }

    /** Line and column of a char index (the reader counts code points: they differ only past a supplementary char). */
    private static At at(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new At(line, index - lineStart + 1);
    }
}
