/**
 * The extract stage of a scan: an item's bytes to the text of it and of every document inside it, part by
 * part, streamed, with what could not be read told as a typed failure.
 */
package no.datakart.core.extract;
