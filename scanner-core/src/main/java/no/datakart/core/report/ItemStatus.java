package no.datakart.core.report;

/**
 * What became of an item at its source's latest run: what a department needs to see its list shrink. An
 * item resolved (read again, no findings now) or removed (gone) is no longer on a list; the trend counts it.
 */
public enum ItemStatus {
    /** First read by the latest run. */
    NEW,
    /** Read again by the latest run because it changed, and still holds findings. */
    CHANGED,
    /** Unchanged since an earlier run: still there, as it was. */
    STILL_THERE;

    /**
     * @param firstRun  the run that first read the item
     * @param run       the run that last read it
     * @param latestRun the latest run of its source
     */
    public static ItemStatus of(int firstRun, int run, int latestRun) {
        if (firstRun >= latestRun) return NEW;
        return run >= latestRun ? CHANGED : STILL_THERE;
    }
}
