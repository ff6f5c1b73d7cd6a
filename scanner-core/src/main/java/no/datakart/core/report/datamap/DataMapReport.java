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

    /** The files a tenant's data map is written to in {@code dir}. */
    public static Written files(no.datakart.core.Tenant tenant, Path dir) {
        return new Written(dir.resolve(tenant.id() + "-datamap.json"), dir.resolve(tenant.id() + "-datamap.csv"),
                dir.resolve(PurposesFile.fileName(tenant)));
    }

    /** Writes a data map already fed with the tenant's parts (a report's single pass over the index). */
    public static Written write(DataMap map, Path dir) throws IOException {
        Written files = files(map.context().tenant(), dir);
        Purposes purposes = PurposesFile.merge(files.purposes(), map);
        DataMapJson.write(files.json(), map, purposes);
        DataMapCsv.write(files.csv(), map, purposes);
        return files;
    }
}
