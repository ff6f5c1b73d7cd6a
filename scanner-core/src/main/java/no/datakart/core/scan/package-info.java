/** A scan: a source's items through extraction, detection and the index, incremental and checkpointed. */
package no.datakart.core.scan;
