package no.datakart.core.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How long ago something was last modified, in the buckets a DPO sorts by: old personal data is the first
 * candidate for deletion. Years are calendar years back from the report's day (a file modified exactly
 * one year ago is in {@link #Y1_3}).
 */
public enum AgeBucket {
    UNDER_1(0),
    Y1_3(1),
    Y3_5(3),
    Y5_10(5),
    OVER_10(10);

    private final int fromYears;

    AgeBucket(int fromYears) {
        this.fromYears = fromYears;
    }

    /** The bucket of a modification time, counted back from {@code now}; a time in the future is {@link #UNDER_1}. */
    public static AgeBucket of(Instant modified, Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC);
        AgeBucket[] all = values();
        for (int i = all.length - 1; i > 0; i--) {
            if (!modified.isAfter(today.minusYears(all[i].fromYears).toInstant())) return all[i];
        }
        return UNDER_1;
    }
}
