/**
 * Postal addresses: a street with its house number, or a Postboks, followed by a postnummer and
 * poststed that the postal register knows as a pair.
 */
package no.datakart.patterns.address;
