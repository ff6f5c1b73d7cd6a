/**
 * Cleanup lists: one per department, of the files on its shares that hold personal data, each with a
 * suggested action and why, as XLSX and CSV. Built in one pass over a tenant's parts in the findings index;
 * a department's list holds only its own items, and it shrinks as they are cleaned up.
 */
package no.datakart.core.report.cleanup;
