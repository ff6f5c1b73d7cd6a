/**
 * The index stage of a scan: what each part of each item holds, in a Lucene index on disk, with every
 * identifier as its tenant's keyed hash and a masked form, never in clear text.
 */
package no.datakart.core.index;
