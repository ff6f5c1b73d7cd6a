/**
 * The scan domain and pipeline: tenants, sources, items, scan runs, extraction, the findings index,
 * pseudonymisation and reports. Detection itself lives in {@code no.datakart.patterns}; this module
 * feeds it text and keeps what it finds, never the identifiers in clear text.
 */
package no.datakart.core;
