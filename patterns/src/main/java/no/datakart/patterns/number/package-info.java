/**
 * Check-digit rules of the identifiers other than the fødselsnummer family (spec §2): kontonummer and
 * organisasjonsnummer (mod 11), payment cards (Luhn), IBAN (ISO 13616 mod 97). Pure functions over
 * digits, no allocation; the detectors that find these numbers in text build on them.
 */
package no.datakart.patterns.number;
