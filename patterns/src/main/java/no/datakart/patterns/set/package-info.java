/**
 * Every detector over a text in one pass: one digit-run scan feeds the fødselsnummer matcher and the
 * other number rules, one context scanner serves them all, and where two findings claim the same chars
 * the better one is kept.
 */
package no.datakart.patterns.set;
