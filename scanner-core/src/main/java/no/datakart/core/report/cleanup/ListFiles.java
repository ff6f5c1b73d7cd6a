package no.datakart.core.report.cleanup;

import java.nio.file.Path;

/**
 * The files of one department's cleanup list, as written.
 *
 * @param department the department's name, {@code ""} for items with none
 * @param slug       what its files are named by ({@code helse-og-omsorg})
 * @param xlsx       the workbook: the cleanup list, and a sheet of what could not be read
 * @param csv        the cleanup list as CSV
 * @param unreadCsv  what could not be read, as CSV
 * @param rows       items on the list
 * @param unread     parts that could not be read
 */
public record ListFiles(String department, String slug, Path xlsx, Path csv, Path unreadCsv, int rows, int unread) {
}
