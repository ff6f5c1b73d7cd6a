/**
 * Sources of items: local and mounted file systems, SMB shares, Microsoft 365. A connector lists and
 * reads items; it knows nothing of detection.
 */
package no.datakart.connectors;
