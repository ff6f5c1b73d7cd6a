package no.datakart.core.report;

import java.util.Locale;

/** The language a report is written in: Norwegian bokmål unless told otherwise. */
public enum Language {
    NB(Locale.forLanguageTag("nb-NO")),
    EN(Locale.UK);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** For numbers and dates as readers of the language expect them. */
    public Locale locale() {
        return locale;
    }

    /** The code that names its label files and the HTML's {@code lang}: {@code nb}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
