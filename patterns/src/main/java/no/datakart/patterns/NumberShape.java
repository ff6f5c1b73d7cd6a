package no.datakart.patterns;

/** How a number was written in the text; rarer shapes score lower. */
public enum NumberShape {
    /** 11 contiguous digits. */
    CONTIGUOUS,
    /** DDMMYY, one separator, personnummer. */
    SPLIT,
    /** In groups: for the fødselsnummer family the rarer DD.MM.YY NNNNN and DD MM YY NNN NN; for other
     * numbers their usual groups (8601.11.17947, 974 760 673, 4111 1111 1111 1111). */
    GROUPED,
    /** 11 contiguous digits set off by spaces inside a longer run of numbers (a table row). */
    IN_RUN
}
