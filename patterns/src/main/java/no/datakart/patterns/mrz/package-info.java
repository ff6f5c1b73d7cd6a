/** Passports by their machine-readable zone (ICAO 9303): the reliable signal, since a passport number has no public syntax. */
package no.datakart.patterns.mrz;
