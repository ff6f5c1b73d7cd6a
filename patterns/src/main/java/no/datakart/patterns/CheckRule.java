package no.datakart.patterns;

/** Which check-digit rule a fødselsnummer-family number passed. */
public enum CheckRule {
    /** (S1 + k1) mod 11 == 0: every number issued before 2032. */
    CLASSIC,
    /** (S1 + k1) mod 11 in {1, 2, 3}: only valid for numbers issued from 1 January 2032. */
    RULE_2032
}
