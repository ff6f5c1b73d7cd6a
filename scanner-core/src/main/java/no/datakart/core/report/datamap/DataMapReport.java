package no.datakart.core.report.datamap;

import java.io.IOException;
import java.nio.file.Path;

import no.datakart.core.index.FindingsIndex;
import no.datakart.core.report.ReportContext;

/**
 * A tenant's data map in its report directory: {@code <tenant>-datamap.json} and {@code <tenant>-datamap.csv},
 * made after {@code <tenant>-datamap-purposes.csv}, the DPO's file, is merged with it. A DPO's file that cannot
 * be read stops the report (nothing is written) rather than show a map without the DPO's words.
 */
public final class DataMapReport {
    /** The files a report wrote. */
    public record Written(Path json, Path csv, Path purposes) {
    }

    private DataMapReport() {
    }

    public static Written write(FindingsIndex index, ReportContext context, Path dir) throws IOException {
        return write(DataMap.of(index, context), dir);
    }

    /** Writes a data map already fed with the tenant's parts (a report's single pass over the index). */
    public static Written write(DataMap map, Path dir) throws IOException {
        ReportContext context = map.context();
        String tenant = context.tenant().id();
        Written files = new Written(dir.resolve(tenant + "-datamap.json"), dir.resolve(tenant + "-datamap.csv"),
                dir.resolve(PurposesFile.fileName(context.tenant())));
        Purposes purposes = PurposesFile.merge(files.purposes(), map);
        DataMapJson.write(files.json(), map, purposes);
        DataMapCsv.write(files.csv(), map, purposes);
        return files;
    }
}
