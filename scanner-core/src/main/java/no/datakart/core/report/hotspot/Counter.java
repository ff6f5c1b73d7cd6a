package no.datakart.core.report.hotspot;

/** A folder's counts while the index is read: one per folder, added to by every document below it. */
final class Counter {
    int documents;
    int withFindings;
    int findings;
    int childDocuments;
    int sensitive;
    int failed;

    FolderStats stats(String source, String folder, int depth) {
        return new FolderStats(source, folder, depth, documents, withFindings, findings, childDocuments, sensitive, failed);
    }
}
