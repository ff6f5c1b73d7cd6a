/** Vehicle registration plates (kjennemerke): two letters and four or five digits, with context only. */
package no.datakart.patterns.plate;
