package no.datakart.core.report.cleanup;

/**
 * Why an action is suggested: each branch of {@link SuggestedAction}'s rule, told to the user in the list's
 * "why" column (labels {@code ActionReason.*} in the {@code cleanup} bundle).
 */
public enum ActionReason {
    CASE_DOCUMENT(SuggestedAction.ARCHIVE),
    NO_PERSON(SuggestedAction.REVIEW),
    OLD(SuggestedAction.DELETE),
    REGISTER(SuggestedAction.MINIMISE),
    SHEET(SuggestedAction.MINIMISE),
    FEW(SuggestedAction.REVIEW);

    private final SuggestedAction action;

    ActionReason(SuggestedAction action) {
        this.action = action;
    }

    public SuggestedAction action() {
        return action;
    }
}
