package no.datakart.core.report.datamap;

/**
 * What the DPO writes about one row of the data map for the record of processing activities (GDPR art.
 * 30(1)): Datakart never fills these in, only keeps them from run to run. Blank is "", never null.
 *
 * @param purpose      the purpose of the processing (formål), art. 30(1)(b)
 * @param legalBasis   its legal basis (behandlingsgrunnlag), e.g. "GDPR art. 6(1)(e), opplæringslova § …"
 * @param dataSubjects the categories of data subjects (registrerte): pupils, clients, employees, art. 30(1)(c)
 * @param recipients   the categories of recipients (mottakere), art. 30(1)(d)
 * @param retention    how long it is kept and how it is deleted (lagringstid og sletting), art. 30(1)(f)
 * @param note         anything else (merknad)
 */
public record Processing(String purpose, String legalBasis, String dataSubjects, String recipients, String retention,
                         String note) {
    /** Nothing written yet: a new row. */
    public static final Processing BLANK = new Processing("", "", "", "", "", "");

    public Processing {
        purpose = orEmpty(purpose);
        legalBasis = orEmpty(legalBasis);
        dataSubjects = orEmpty(dataSubjects);
        recipients = orEmpty(recipients);
        retention = orEmpty(retention);
        note = orEmpty(note);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
