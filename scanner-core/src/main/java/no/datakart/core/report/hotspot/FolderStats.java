package no.datakart.core.report.hotspot;

/**
 * A folder's documents, rolled up: its own and every sub-folder's.
 *
 * @param source        the source it is in
 * @param folder        its place in the source ({@code Helse og omsorg/Hjemmetjenesten}); {@code ""} for the source's top
 * @param depth         0 for the source's top, 1 for a folder in it, ...
 * @param documents     documents read or tried (files and the documents inside archives and e-mails)
 * @param withFindings  documents holding personal data
 * @param findings      identifiers found in them
 * @param childDocuments documents holding an identifier of a person under 18
 * @param sensitive     documents with a special category or confidential matter
 * @param failed        documents that could not be read whole
 */
public record FolderStats(String source, String folder, int depth, int documents, int withFindings, int findings, int childDocuments,
                          int sensitive, int failed) {
    /** The share of its documents that hold personal data, 0 to 1. */
    public double density() {
        return documents == 0 ? 0 : (double) withFindings / documents;
    }
}
