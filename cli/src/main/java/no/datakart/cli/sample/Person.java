package no.datakart.cli.sample;

import java.time.LocalDate;

/**
 * A made-up person and the identifiers papers carry of them, in digits only: how they are written (and
 * counted) is {@link Pen}'s business.
 *
 * @param fnr     a fødselsnummer, or a D-nummer where {@code dNummer}
 * @param child   born 2014 or later: under 18 until 2032
 */
record Person(String first, String last, LocalDate born, String fnr, boolean dNummer, boolean child,
              Address address, String phone, String email) {

    String name() {
        return first + " " + last;
    }

    Person withEmail(String other) {
        return new Person(first, last, born, fnr, dNummer, child, address, phone, other);
    }
}
