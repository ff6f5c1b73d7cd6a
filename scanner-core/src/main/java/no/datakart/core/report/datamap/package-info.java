/**
 * The data map of a tenant (GDPR art. 30): categories of personal data ({@link
 * no.datakart.core.report.datamap.DataCategory}) × where they lie (source, department, top folder) × how
 * much (documents, findings, distinct persons estimated from the keyed hashes of identity numbers) × how old.
 * {@link no.datakart.core.report.datamap.DataMap} counts it in one pass over the index;
 * {@link no.datakart.core.report.datamap.PurposesFile} keeps the DPO's purposes, legal bases and retention
 * per row from run to run; {@link no.datakart.core.report.datamap.DataMapJson} and
 * {@link no.datakart.core.report.datamap.DataMapCsv} write it. Nothing here holds an identifier: only counts.
 */
package no.datakart.core.report.datamap;
