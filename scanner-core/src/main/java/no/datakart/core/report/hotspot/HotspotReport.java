package no.datakart.core.report.hotspot;

import java.time.Instant;
import java.util.List;

import no.datakart.core.FailureReason;
import java.util.Map;

import no.datakart.core.report.AgeBucket;
import no.datakart.core.report.cleanup.SuggestedAction;
import no.datakart.patterns.IdentifierType;
import no.datakart.patterns.category.Category;

/**
 * Where one tenant's personal data piles up, what kind it is, how old, what the scan could not see, and
 * how it changed run by run: what the hotspot report shows, as HTML and JSON. Documents are the unit: a
 * file, or a document inside an archive or an e-mail. {@code comparedWith} is when the report of the scan
 * before was made, which the departments' lists are compared with (null if none).
 */
public record HotspotReport(String tenant, String tenantName, Instant generated, Totals totals,
                            List<TypeCount> types, List<CategoryCount> categories, List<AgeCount> ages,
                            List<FolderStats> topByFindings, List<FolderStats> topByDensity, List<FolderStats> folders,
                            Coverage coverage, List<RunTrend> trend, List<DepartmentList> departments,
                            Instant comparedWith) {

    /** Folders listed as hotspots by findings, and by density. */
    public static final int TOP = 20;
    /** A folder needs this many documents to rank by density: one file with a number is not a hotspot. */
    public static final int DENSITY_MIN_DOCUMENTS = 5;

    /**
     * @param items        files (items) in the index
     * @param withFindings documents holding personal data
     * @param sensitive    documents with a special category or confidential matter
     * @param persons      distinct persons, estimated from the distinct keyed hashes of identity numbers (a person
     *                     with a fødselsnummer and a D-nummer counts twice)
     * @param children     of those, the ones under 18 when their document was read
     */
    public record Totals(int items, int documents, int withFindings, long findings, int failed, long bytes,
                         int childDocuments, int sensitive, int persons, int children) {
    }

    public record TypeCount(IdentifierType type, int documents, long findings) {
    }

    /** @param special whether it is a special category of GDPR art. 9 or 10, not a confidential municipal matter */
    public record CategoryCount(Category category, boolean special, int documents, int withFindings) {
    }

    /** @param documents all documents last modified in the bucket; withFindings those holding personal data */
    public record AgeCount(AgeBucket bucket, int documents, int withFindings, long findings) {
    }

    /**
     * @param failures  the documents not read whole, by location; at most {@link Hotspots#FAILURES_KEPT}
     * @param cut       true if there were more than were kept (the counts by reason hold them all)
     */
    public record Coverage(int documents, int failed, List<ReasonCount> byReason, List<Failure> failures, boolean cut) {
        /** The share of documents read whole, 0 to 1. */
        public double read() {
            return documents == 0 ? 1 : 1 - (double) failed / documents;
        }
    }

    public record ReasonCount(FailureReason reason, int documents) {
    }

    /**
     * A department's cleanup list in brief, with the files that hold it (relative to the report's folder).
     *
     * @param department its name; {@code ""} for items no department owns
     * @param items      files on its list
     * @param byAction   of those, how many for each suggested action
     * @param notRead    its documents that could not be read
     * @param before     files on its list at the report of the scan before, or null if there was none (or the
     *                   department had no list then)
     */
    public record DepartmentList(String department, int items, Map<SuggestedAction, Integer> byAction, int notRead,
                                 String xlsx, String csv, Integer before) {
    }
}
