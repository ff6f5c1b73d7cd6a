/**
 * Identifiers as the index keeps them: a keyed hash (HMAC-SHA-256) with one secret key per tenant, so a
 * person's number can be looked up with the same key but never read back, and one municipality's hashes
 * say nothing about another's. The keys live outside the index, readable by their owner only.
 */
package no.datakart.core.pseudonym;
