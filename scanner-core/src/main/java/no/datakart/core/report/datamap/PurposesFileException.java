package no.datakart.core.report.datamap;

import java.io.IOException;
import java.nio.file.Path;

/** The DPO's file cannot be read as such: it is left as it was, and this says where it went wrong. */
public final class PurposesFileException extends IOException {
    private final Path file;
    private final int line;

    PurposesFileException(Path file, int line, String problem, Throwable cause) {
        super(file + ", line " + line + ": " + problem + ". The file was left as it is: correct it, or put back "
              + file.getFileName() + ".bak (the version before the last run).", cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The line the problem is at, from 1. */
    public int line() {
        return line;
    }
}
