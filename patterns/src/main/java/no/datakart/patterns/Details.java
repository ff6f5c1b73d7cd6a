package no.datakart.patterns;

/** What a finding knows beyond its type and span; one record per family of identifiers. */
public sealed interface Details permits FnrDetails, NumberDetails {
}
