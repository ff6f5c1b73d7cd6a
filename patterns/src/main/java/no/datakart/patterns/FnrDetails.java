package no.datakart.patterns;

import java.time.LocalDate;

/**
 * Facts about a fødselsnummer-family finding.
 *
 * @param rule      the check-digit rule it passed
 * @param synthetic the generator, for {@link IdentifierType#SYNTHETIC}; null otherwise
 * @param dayOffset whether the day carries the D-nummer offset (+40)
 * @param shape     how it was written
 * @param birthDate the birth date, where the kind has a real one and the century is known; else null
 * @param child     whether the person was under 18 on the reference date (false when no birth date)
 */
public record FnrDetails(CheckRule rule, Synthetic synthetic, boolean dayOffset, NumberShape shape,
                         LocalDate birthDate, boolean child) implements Details {
}
