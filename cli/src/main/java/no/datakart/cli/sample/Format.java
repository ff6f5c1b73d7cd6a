package no.datakart.cli.sample;

/** What a sample file's bytes are, whatever its name says. */
public enum Format {
    TXT("txt", "text, UTF-8"),
    TXT_WINDOWS_1252("txt", "text, Windows-1252"),
    CSV("csv", "CSV, UTF-8, some with a byte order mark"),
    CSV_WINDOWS_1252("csv", "CSV, Windows-1252"),
    XLSX("xlsx", "Excel"),
    XLS("xls", "Excel 97-2003"),
    DOCX("docx", "Word"),
    PPTX("pptx", "PowerPoint"),
    ODT("odt", "OpenDocument text"),
    ODS("ods", "OpenDocument spreadsheet"),
    RTF("rtf", "Rich Text"),
    PDF("pdf", "PDF"),
    HTML("html", "HTML"),
    EML("eml", "e-mail with an attachment"),
    ZIP("zip", "zip archive"),
    TAR_GZ("tar.gz", "gzipped tar archive"),
    SEVEN_Z("7z", "7-Zip archive"),
    EMPTY("txt", "an empty file");

    private final String extension;
    private final String description;

    Format(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The extension such a file usually has, without the dot. */
    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }
}
