package no.datakart.patterns;

/**
 * What is known of a number other than the fødselsnummer family.
 *
 * @param shape how it was written: {@link NumberShape#CONTIGUOUS} or {@link NumberShape#GROUPED} in its
 *              usual groups
 */
public record NumberDetails(NumberShape shape) implements Details {
}
