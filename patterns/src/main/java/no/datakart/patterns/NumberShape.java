package no.datakart.patterns;

/** How an 11-digit number was written in the text; rarer shapes score lower. */
public enum NumberShape {
    /** 11 contiguous digits. */
    CONTIGUOUS,
    /** DDMMYY, one separator, personnummer. */
    SPLIT,
    /** The rarer groupings DD.MM.YY NNNNN and DD MM YY NNN NN. */
    GROUPED,
    /** 11 contiguous digits set off by spaces inside a longer run of numbers (a table row). */
    IN_RUN
}
