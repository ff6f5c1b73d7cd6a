/**
 * The detect stage of a scan: the extracted text of each part of an item through the detector set of
 * {@code no.datakart.patterns}.
 */
package no.datakart.core.detect;
