/**
 * Sources: where items come from, walked in a stable order, with the places that could not be read
 * told as failures rather than left out. The first data-flow stage: source → extract → detect → index.
 */
package no.datakart.core.source;
