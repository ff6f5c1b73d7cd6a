/**
 * Reading one item: extraction, detection and keyed hashing together, in this process
 * ({@link no.datakart.core.read.InProcessReader}) or in a worker process of its own
 * ({@link no.datakart.core.read.WorkerProcess}, {@link no.datakart.core.read.WorkerMain}) that a hanging,
 * crashing or memory-hungry parser costs only its item. What comes out is part records, never text.
 */
package no.datakart.core.read;
