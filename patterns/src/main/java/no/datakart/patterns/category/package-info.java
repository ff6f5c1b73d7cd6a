/**
 * The sensitive categories of a document (GDPR art. 9 and 10, and the confidential municipal matters):
 * lexicon terms counted in one pass over the text by an automaton, weighed by density, never decided by
 * one word; and the {@code Unntatt offentlighet, offl. § 13} marking.
 */
package no.datakart.patterns.category;
