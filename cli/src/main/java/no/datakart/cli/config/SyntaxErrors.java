package no.datakart.cli.config;

import com.fasterxml.jackson.core.exc.StreamReadException;
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

    static SyntaxError of(StreamReadException e, String text) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            return new SyntaxError(at(m.getProblemMark()), "not valid YAML: " + explain(m));
        }
        if (cause instanceof ReaderException r) {
            return new SyntaxError(at(text, r.getPosition()), String.format(
                    "not YAML text: the character U+%04X is not allowed in a YAML file", r.getCodePoint()));
        }
        return new SyntaxError(Yaml.at(e.getLocation()), "not valid YAML: " + e.getOriginalMessage());
    }

    private static String explain(MarkedYAMLException m) {
        String problem = m.getProblem() == null ? "cannot be read" : m.getProblem().strip();
        if (problem.contains("\\t(TAB)")) return "a tab where YAML allows only spaces (indent with spaces, never tabs)";
        if (problem.endsWith(".")) problem = problem.substring(0, problem.length() - 1);
        Mark context = m.getContextMark();
        String in = m.getContext() == null ? "" : m.getContext();
        boolean inBrackets = in.contains("flow sequence") || in.contains("flow mapping");
        if (context != null && inBrackets && problem.startsWith("expected ','")) {
            char open = in.contains("sequence") ? '[' : '{';
            return "the '" + open + "' at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1)
                   + " is not closed by '" + (open == '[' ? ']' : '}') + "', or a ',' is missing";
        }
        if (m.getContext() != null && context != null && context.getLine() != m.getProblemMark().getLine()) {
            problem += " (" + m.getContext().strip() + " that starts at line " + (context.getLine() + 1) + ")";
        } else if (m.getContext() != null && !m.getContext().startsWith("while scanning for the next token")) {
            problem += " (" + m.getContext().strip() + ")";
        }
        return problem;
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
