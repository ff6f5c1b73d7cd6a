package no.datakart.core.report.datamap;

/**
 * What the data map was made from: a map says nothing of what could not be read, so the DPO sees how much
 * that is.
 *
 * @param documents        every document of the tenant in the index: files and documents inside them
 * @param withPersonalData those that hold some category of personal data
 * @param unreadable       those that could not be read whole (encrypted, corrupt, too large, ...)
 */
public record Coverage(long documents, long withPersonalData, long unreadable) {
}
