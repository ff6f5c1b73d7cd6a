package no.datakart.patterns.category;

/** The categories a document's words can show, by the lexicon's section names. */
public enum Category {
    HELSE("helse"),
    BARNEVERN("barnevern"),
    SOSIAL("sosial"),
    OPPLAERING("opplæring"),
    STRAFF("straff"),
    FAGFORENING("fagforening"),
    RELIGION("religion"),
    ETNISITET("etnisitet"),
    SEKSUALITET("seksualitet"),
    BIOMETRI_GENETIKK("biometri_genetikk"),
    POLITIKK("politikk");

    private final String section;

    Category(String section) {
        this.section = section;
    }

    /** The name of its section in the lexicon, and in reports. */
    public String section() {
        return section;
    }

    /** Whether it is a special category of GDPR art. 9 or 10 rather than a confidential municipal matter. */
    public boolean isSpecial() {
        return this != BARNEVERN && this != SOSIAL && this != OPPLAERING;
    }

    static Category ofSection(String name) {
        for (Category c : values()) {
            if (c.section.equals(name)) return c;
        }
        return null;
    }
}
